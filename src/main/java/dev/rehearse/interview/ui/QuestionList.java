package dev.rehearse.interview.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.interview.ItemStatus;
import java.util.List;

/** Whole-interview limit: one button per question, showing which are answered; a click fires a {@link PickEvent}. */
class QuestionList extends Nav {

    QuestionList() {
        setId("question-list");
        addClassName("question-list");
        getElement().setAttribute("aria-label", "Questions");
    }

    /** The person picked question {@code position} (from 1). */
    static final class PickEvent extends ComponentEvent<QuestionList> {

        private final int position;

        PickEvent(QuestionList source, int position) {
            super(source, true);
            this.position = position;
        }

        int position() {
            return position;
        }
    }

    Registration addPickListener(ComponentEventListener<PickEvent> listener) {
        return addListener(PickEvent.class, listener);
    }

    void show(List<ItemStatus> items) {
        removeAll();
        for (ItemStatus item : items) {
            Button b = new Button(String.valueOf(item.position()));
            b.setId("go-" + item.position());
            b.addClassName("question-chip");
            b.getElement().getClassList().set("answered", item.answered());
            b.getElement().getClassList().set("closed", item.closed());
            b.getElement().getClassList().set("current", item.current());
            String label = "Question %d%s: %s".formatted(item.position(), item.answered() ? ", answered" : "",
                    item.title());
            b.getElement().setAttribute("aria-label", label);
            b.getElement().setAttribute("title", label);
            if (item.current()) {
                b.getElement().setAttribute("aria-current", "step");
            }
            b.addClickListener(e -> fireEvent(new PickEvent(this, item.position())));
            add(b);
        }
    }
}
