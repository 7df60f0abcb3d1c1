package dev.rehearse.interview.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.interview.SaveResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One question at a time against the clock. The server stores the deadline when the question is shown; this page
 * only shows {@code deadline - now}, saves the text a moment after typing stops, and tells the server when the
 * countdown reaches zero. A reload rebuilds everything from the server's rows.
 */
@Route(value = "interview/:id", layout = MainLayout.class)
@PageTitle("Interview · Rehearse")
@jakarta.annotation.security.PermitAll
public class InterviewView extends Div implements BeforeEnterObserver, BeforeLeaveObserver {

    /** Milliseconds between countdown refreshes. */
    static final int POLL_MILLIS = 1000;
    /** The answer is saved this long after the person stops typing. */
    static final int AUTOSAVE_MILLIS = 1500;

    private final InterviewService interviews;
    private final Clock clock;

    final Span progress = new Span();
    final Span countdown = new Span();
    final ProgressBar timeBar = new ProgressBar();
    final H2 questionTitle = new H2();
    final Span meta = new Span();
    final Markdown prompt = new Markdown();
    final TextArea answer = new TextArea("Your answer");
    final Span saveStatus = new Span();
    final Button next = new Button("Next question", VaadinIcon.ARROW_RIGHT.create());
    final Button finish = new Button("Finish interview", VaadinIcon.CHECK.create());

    private UUID interviewId;
    private InterviewState state;
    private Registration pollRegistration;
    private boolean timeUpSent;
    private boolean laidOut;

    public InterviewView(InterviewService interviews, Clock clock) {
        this.interviews = interviews;
        this.clock = clock;
        addClassName("page");
        addClassName("interview-page");

        progress.setId("progress");
        progress.addClassName("progress-label");
        countdown.setId("countdown");
        countdown.addClassName("countdown");
        countdown.getElement().setAttribute("role", "timer");
        countdown.getElement().setAttribute("aria-label", "Time left");
        timeBar.setId("time-bar");
        timeBar.addClassName("time-bar");
        timeBar.getElement().setAttribute("aria-hidden", "true");

        questionTitle.setId("question-title");
        meta.addClassName("question-meta");
        meta.setId("question-meta");
        prompt.setId("question-prompt");
        prompt.addClassName("question-prompt");

        answer.setId("answer");
        answer.setWidthFull();
        answer.addClassName("answer-box");
        answer.setMaxLength(InterviewService.MAX_ANSWER_LENGTH);
        answer.setPlaceholder("Type your answer as you would say it to the interviewer…");
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setValueChangeTimeout(AUTOSAVE_MILLIS);
        answer.setHelperText("Saved automatically as you type · Ctrl+Enter goes on");
        answer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                autosave();
            }
        });

        saveStatus.setId("save-status");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");

        next.setId("next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setIconAfterText(true);
        next.addClickListener(e -> goOn());
        next.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        finish.setId("finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        finish.addClickListener(e -> goOn());
        finish.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
    }

    public static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            interviewId = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            InterviewState current = interviews.current(interviewId);
            if (current.finished()) {
                event.forwardTo(InterviewReviewView.class, InterviewReviewView.parameters(interviewId));
                return;
            }
            show(current);
        } catch (IllegalArgumentException | InterviewException e) {
            showRefusal(e instanceof InterviewException ? e.getMessage()
                    : InterviewException.notFound().getMessage());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        stopPolling();
        if (state != null && !state.finished()) {
            try {
                save(answer.getValue());
            } catch (InterviewException ignored) {
                // the page is going away; the server keeps what it last had
            }
        }
    }

    private void show(InterviewState s) {
        if (s.finished()) {
            stopPolling();
            state = s;
            UI.getCurrent().navigate(InterviewReviewView.class, InterviewReviewView.parameters(s.interviewId()));
            return;
        }
        boolean newQuestion = state == null || state.itemId() != s.itemId();
        state = s;
        timeUpSent = false;
        if (!laidOut) {
            layout();
            laidOut = true;
        }
        progress.setText("Question %d of %d".formatted(s.position(), s.total()));
        questionTitle.setText(s.question().title());
        meta.setText("%s · %s · %s to answer".formatted(s.question().topicName(), s.question().difficulty().label(),
                Formats.humanDuration(s.timeLimitSeconds())));
        prompt.setContent(s.question().prompt());
        if (newQuestion) {
            answer.setValue(s.answer());
            saveStatus.setText(s.answer().isEmpty() ? "" : "Saved");
            answer.focus();
        }
        next.setVisible(!s.isLast());
        finish.setVisible(s.isLast());
        tick();
        startPolling();
    }

    private void layout() {
        Div top = new Div(progress, countdown);
        top.addClassName("interview-top");
        Div question = new Div(questionTitle, meta, prompt);
        question.addClassName("question-card");
        Div buttons = new Div(saveStatus, next, finish);
        buttons.addClassName("interview-actions");
        add(top, timeBar, question, answer, buttons);
    }

    private void startPolling() {
        UI ui = UI.getCurrent();
        if (ui == null || pollRegistration != null) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> tick());
    }

    private void stopPolling() {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(-1);
        }
    }

    /** Refreshes the countdown from the stored deadline; at zero, hands the text to the server. */
    void tick() {
        if (state == null || state.finished() || state.deadline() == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), state.deadline());
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        countdown.setText(Formats.minutesSeconds(seconds));
        timeBar.setValue(Math.min(1.0, Math.max(0.0, seconds / (double) state.timeLimitSeconds())));
        countdown.getElement().getClassList().set("low", seconds <= 30);
        if (left.isNegative() || left.isZero()) {
            timeUp();
        }
    }

    private void timeUp() {
        if (timeUpSent) {
            return;
        }
        timeUpSent = true;
        try {
            InterviewState after = interviews.timeUp(interviewId, state.itemId(), answer.getValue(), state.revision());
            if (!after.finished() && after.itemId() != state.itemId()) {
                Notice.success("Time is up: your answer was kept as typed.");
            }
            show(after);
        } catch (InterviewException e) {
            Notice.error(e.getMessage());
        }
    }

    private void autosave() {
        if (state == null || state.finished()) {
            return;
        }
        try {
            save(answer.getValue());
        } catch (InterviewException e) {
            saveStatus.setText("Not saved: " + e.getMessage());
            saveStatus.addClassName("error");
        }
    }

    private void save(String text) {
        SaveResult result = interviews.saveAnswer(interviewId, state.itemId(), text, state.revision());
        saveStatus.removeClassName("error");
        switch (result.outcome()) {
            case SAVED -> {
                state = withRevision(state, result.revision());
                saveStatus.setText("Saved " + Formats.time(result.savedAt()));
            }
            case LATE -> {
                saveStatus.setText("Time was up: this text is kept apart and not counted");
                saveStatus.addClassName("error");
            }
            case CLOSED -> saveStatus.setText("This question is already closed");
            case CONFLICT -> {
                saveStatus.setText("Not saved: this answer was changed in another tab. Reload to see it.");
                saveStatus.addClassName("error");
            }
        }
    }

    private void goOn() {
        if (state == null || state.finished()) {
            return;
        }
        try {
            show(interviews.next(interviewId, state.itemId(), answer.getValue(), state.revision()));
        } catch (InterviewException e) {
            Notice.error(e.getMessage());
        }
    }

    private static InterviewState withRevision(InterviewState s, int revision) {
        return new InterviewState(s.interviewId(), s.finished(), s.position(), s.total(), s.itemId(), s.question(),
                s.answer(), revision, s.deadline(), s.timeLimitSeconds());
    }

    private void showRefusal(String message) {
        stopPolling();
        removeAll();
        add(new EmptyState(VaadinIcon.BAN, "Interview not available", message,
                new RouterLink("Back to the home page", HomeView.class)));
    }

    Instant deadlineShown() {
        return state == null ? null : state.deadline();
    }
}
