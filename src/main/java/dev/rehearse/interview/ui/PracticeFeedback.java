package dev.rehearse.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.interview.ClosedAnswer;

/**
 * Practice mode with a clock per question: the question just closed beside its model answer, between two
 * questions. The next question's clock starts when the person goes on ({@link ContinueEvent}).
 */
class PracticeFeedback extends Div {

    private final Button continueButton = new Button("Next question", VaadinIcon.ARROW_RIGHT.create());

    PracticeFeedback() {
        setId("feedback");
        addClassName("feedback");
        continueButton.setId("continue");
        continueButton.setIconAfterText(true);
        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        continueButton.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        continueButton.addClickListener(e -> fireEvent(new ContinueEvent(this)));
    }

    /** The person has read the model answer and goes on. */
    static final class ContinueEvent extends ComponentEvent<PracticeFeedback> {
        ContinueEvent(PracticeFeedback source) {
            super(source, true);
        }
    }

    Registration addContinueListener(ComponentEventListener<ContinueEvent> listener) {
        return addListener(ContinueEvent.class, listener);
    }

    /** {@code comparison}: the closed answer beside its model answer, as the review shows it. */
    void show(ClosedAnswer closed, boolean lastOne, Component comparison) {
        removeAll();
        H1 title = new H1(closed.question().title());
        title.addClassName("question-title");
        Paragraph note = new Paragraph(closed.time().ranOut() ? "Time ran out: your answer was kept as typed."
                : "Here is the model answer beside yours. The next question's clock starts when you go on.");
        note.addClassName("feedback-note");
        continueButton.setText(lastOne ? "See all your answers" : "Next question");
        Div actions = new Div(continueButton);
        actions.addClassName("interview-actions");
        add(title, note, comparison, actions);
        continueButton.focus();
    }
}
