package dev.rehearse.interview.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.interview.InterviewState;

/**
 * The buttons under the answer, labelled for the mode and the kind of limit, and the keyboard line. Ctrl+Enter
 * presses the main button. A press fires an {@link ActionEvent}.
 */
class ActionBar extends Div {

    enum Action { PREVIOUS, CHECK, NEXT, FINISH }

    private final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    private final Button check = new Button("Check answer", VaadinIcon.CHECK_SQUARE_O.create());
    private final Button next = new Button("Next question", VaadinIcon.ARROW_RIGHT.create());
    private final Button finish = new Button("Finish interview", VaadinIcon.CHECK.create());
    private final Span shortcuts = new Span();

    ActionBar(Span statusLine) {
        addClassName("interview-actions");
        previous.setId("previous");
        check.setId("check");
        next.setId("next");
        next.setIconAfterText(true);
        next.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        finish.setId("finish");
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        finish.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        previous.addClickListener(e -> fire(Action.PREVIOUS));
        check.addClickListener(e -> fire(Action.CHECK));
        next.addClickListener(e -> fire(Action.NEXT));
        finish.addClickListener(e -> fire(Action.FINISH));
        shortcuts.setId("shortcuts");
        shortcuts.addClassName("shortcuts");
        add(statusLine, previous, check, next, finish);
    }

    static final class ActionEvent extends ComponentEvent<ActionBar> {

        private final Action action;

        ActionEvent(ActionBar source, Action action) {
            super(source, true);
            this.action = action;
        }

        Action action() {
            return action;
        }
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    /** The keyboard line, which the view places under the buttons. */
    Span shortcuts() {
        return shortcuts;
    }

    void show(InterviewState s) {
        boolean practice = s.format().mode().revealsEachAnswer();
        boolean last = s.progress().isLast();
        boolean closed = s.onScreen() != null && s.onScreen().closed();
        next.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (s.wholeInterview()) {
            previous.setVisible(s.progress().position() > 1);
            check.setVisible(practice && !closed);
            next.setVisible(!last);
            next.setText("Next question");
            finish.setVisible(true);
            finish.setText("Finish interview");
            (last ? finish : next).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            previous.setVisible(false);
            check.setVisible(false);
            next.setVisible(!last);
            next.setText(practice ? "Check answer" : "Next question");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            finish.setVisible(last);
            finish.setText(practice ? "Check answer and finish" : "Finish interview");
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        String enter = last ? "finish"
                : !s.wholeInterview() && practice ? "check answer" : "next question";
        shortcuts.setText("Keyboard: Ctrl+Enter " + enter + " · Alt+T say the time left · Tab moves between controls");
    }

    private void fire(Action action) {
        fireEvent(new ActionEvent(this, action));
    }
}
