package dev.rehearse.interview.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.PageScript;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.SaveResult;
import java.util.UUID;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The answer box and the line that says whether its text is saved. It fires a {@link TypedEvent} a moment after
 * typing stops and when the tab is hidden; its page script (answer-editor.js) keeps the line honest while the
 * server is out of reach and hands the text over with a beacon when the page closes.
 */
class AnswerEditor extends Div {

    /** The answer is sent this long after the person stops typing. */
    static final int AUTOSAVE_MILLIS = 1500;
    /** Typed text the server has not answered for this long after the autosave is shown as not saved. */
    static final int CONFIRM_MILLIS = 3000;

    private final TextArea area = new TextArea("Your answer");
    private final Span status = new Span();

    AnswerEditor() {
        addClassName("answer-editor");
        area.setId("answer");
        area.setWidthFull();
        area.addClassName("answer-box");
        area.setMaxLength(InterviewService.MAX_ANSWER_LENGTH);
        area.setPlaceholder("Type your answer as you would say it to the interviewer…");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(AUTOSAVE_MILLIS);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireEvent(new TypedEvent(this, e.getValue()));
            }
        });
        status.setId("save-status");
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(area);
    }

    /** Typed text to save. */
    static final class TypedEvent extends ComponentEvent<AnswerEditor> {

        private final String text;

        TypedEvent(AnswerEditor source, String text) {
            super(source, true);
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    Registration addTypedListener(ComponentEventListener<TypedEvent> listener) {
        return addListener(TypedEvent.class, listener);
    }

    /** The state line, placed by the view beside the buttons. */
    Span statusLine() {
        return status;
    }

    /** A new question: its saved text, where the closing page's beacon goes, and the revision it starts from. */
    void load(String text, String saveUrl, int revision) {
        area.setValue(text);
        area.getElement().setAttribute("data-save-url", saveUrl);
        setRevision(revision);
    }

    void setRevision(int revision) {
        area.getElement().setAttribute("data-revision", String.valueOf(revision));
    }

    String text() {
        return area.getValue();
    }

    void setReadOnly(boolean readOnly) {
        area.setReadOnly(readOnly);
    }

    void focusAnswer() {
        area.focus();
    }

    /** Says what the server did with the typed text; a saved text moves the revision on. */
    void showSaved(SaveResult result) {
        switch (result.outcome()) {
            case SAVED -> {
                setRevision(result.revision());
                showStatus("Saved " + Formats.time(result.savedAt()), false);
            }
            case LATE -> showStatus("Time was up: this text is kept apart and not counted", true);
            case CLOSED -> showStatus("This question is already closed", false);
            case CONFLICT -> showStatus("Not saved: this answer was changed in another tab. Reload to see the newer "
                    + "text.", true);
        }
    }

    /** Says how the text stands; the page may have changed the line itself while typing. */
    void showStatus(String text, boolean error) {
        status.setText(text);
        status.getElement().getClassList().set("error", error);
        status.getElement().executeJs("if (this.confirm) { this.confirm($0, $1); } else { this.textContent = $0; }",
                text, error);
    }

    /** Called by the page when the tab is hidden: the text as typed. */
    @ClientCallable
    void flush(String text) {
        if (!area.isReadOnly() && text != null && !text.equals(area.getValue())) {
            fireEvent(new TypedEvent(this, text));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        CsrfToken csrf = VaadinServletRequest.getCurrent() == null ? null
                : (CsrfToken) VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName());
        getElement().executeJs(PageScript.of(AnswerEditor.class, "answer-editor.js"), area.getElement(),
                status.getElement(), csrf == null ? "" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                AUTOSAVE_MILLIS + CONFIRM_MILLIS);
    }
}
