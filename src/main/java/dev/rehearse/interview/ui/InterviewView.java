package dev.rehearse.interview.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
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
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.interview.ItemStatus;
import dev.rehearse.interview.SaveResult;
import dev.rehearse.security.AccountService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.springframework.security.web.csrf.CsrfToken;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The running interview. The server stores every deadline; this page shows {@code deadline - now}, saves the text
 * a moment after typing stops (and on Next, on leaving, when the tab is hidden), and tells the server when the
 * countdown reaches zero. A reload rebuilds everything from the server's rows.
 */
@Route(value = "interview/:id", layout = MainLayout.class)
@PageTitle("Interview · Rehearse")
@PermitAll
public class InterviewView extends Div implements BeforeEnterObserver, BeforeLeaveObserver {

    /** Milliseconds between countdown refreshes. */
    static final int POLL_MILLIS = 1000;
    /** The answer is saved this long after the person stops typing. */
    static final int AUTOSAVE_MILLIS = 1500;
    /** Typed text the server has not confirmed this long after the autosave is shown as not saved. */
    static final int CONFIRM_MILLIS = 3000;
    /** Screen readers hear the time left when it reaches these seconds. */
    static final List<Integer> ANNOUNCE_AT = List.of(300, 60, 10);
    /** A hidden countdown shows the time for this long when asked. */
    static final Duration REVEAL_FOR = Duration.ofSeconds(5);

    private final InterviewService interviews;
    private final Clock clock;
    private final boolean hiddenCountdown;

    final Span progress = new Span();
    final Span countdown = new Span();
    final Button showTime = new Button("Show time left", VaadinIcon.CLOCK.create());
    final Span announcer = new Span();
    final ProgressBar timeBar = new ProgressBar();
    final Div questionList = new Div();
    final Div questionCard = new Div();
    final H2 questionTitle = new H2();
    final Span meta = new Span();
    final Markdown prompt = new Markdown();
    final TextArea answer = new TextArea("Your answer");
    final Span saveStatus = new Span();
    final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next question", VaadinIcon.ARROW_RIGHT.create());
    final Button check = new Button("Check answer", VaadinIcon.CHECK_SQUARE_O.create());
    final Button finish = new Button("Finish interview", VaadinIcon.CHECK.create());
    final Div feedback = new Div();
    final Button continueButton = new Button("Next question", VaadinIcon.ARROW_RIGHT.create());
    final Span shortcuts = new Span();
    private final Div working = new Div();

    private UUID interviewId;
    private InterviewState state;
    private Registration pollRegistration;
    private boolean laidOut;
    /** The typed text could not be saved; the next tick tries again. */
    private boolean unsaved;
    private Instant revealUntil;
    private final Set<Integer> announced = new HashSet<>();

    public InterviewView(InterviewService interviews, AccountService accounts, Clock clock) {
        this.interviews = interviews;
        this.clock = clock;
        this.hiddenCountdown = accounts.settings().hiddenCountdown();
        addClassName("page");
        addClassName("interview-page");

        progress.setId("progress");
        progress.addClassName("progress-label");
        countdown.setId("countdown");
        countdown.addClassName("countdown");
        countdown.getElement().setAttribute("role", "timer");
        countdown.getElement().setAttribute("aria-label", "Time left");
        showTime.setId("show-time");
        showTime.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showTime.addClickListener(e -> revealTime());
        showTime.setVisible(hiddenCountdown);
        countdown.setVisible(!hiddenCountdown);
        announcer.setId("time-announcer");
        announcer.addClassName("sr-only");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        timeBar.setId("time-bar");
        timeBar.addClassName("time-bar");
        timeBar.getElement().setAttribute("aria-hidden", "true");
        timeBar.setVisible(!hiddenCountdown);

        questionList.setId("question-list");
        questionList.addClassName("question-list");
        questionList.getElement().setAttribute("aria-label", "Questions");
        questionTitle.setId("question-title");
        meta.addClassName("question-meta");
        meta.setId("question-meta");
        prompt.setId("question-prompt");
        prompt.addClassName("question-prompt");
        questionCard.addClassName("question-card");
        questionCard.add(questionTitle, meta, prompt);

        answer.setId("answer");
        answer.setWidthFull();
        answer.addClassName("answer-box");
        answer.setMaxLength(InterviewService.MAX_ANSWER_LENGTH);
        answer.setPlaceholder("Type your answer as you would say it to the interviewer…");
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setValueChangeTimeout(AUTOSAVE_MILLIS);
        answer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                autosave(e.getValue());
            }
        });

        saveStatus.setId("save-status");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");

        previous.setId("previous");
        previous.addClickListener(e -> moveBy(-1));
        next.setId("next");
        next.setIconAfterText(true);
        next.addClickListener(e -> onNext());
        next.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        check.setId("check");
        check.addClickListener(e -> closeAndCheck());
        finish.setId("finish");
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        finish.addClickListener(e -> onFinish());
        finish.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);

        feedback.setId("feedback");
        feedback.addClassName("feedback");
        continueButton.setId("continue");
        continueButton.setIconAfterText(true);
        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        continueButton.addClickListener(e -> afterFeedback());
        continueButton.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);

        shortcuts.setId("shortcuts");
        shortcuts.addClassName("shortcuts");
        Shortcuts.addShortcutListener(this, this::revealTime, Key.KEY_T, KeyModifier.ALT);
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
        if (editable()) {
            try {
                save(answer.getValue());
            } catch (RuntimeException ignored) {
                // leaving anyway: the server keeps the text it last saved
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Client side only: the state line follows typing and the connection, and a hidden tab or a closing page
        // hands its text to the server at once.
        CsrfToken csrf = VaadinServletRequest.getCurrent() == null ? null
                : (CsrfToken) VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName());
        getElement().executeJs("""
                const view = this, area = $0, status = $1, csrfName = $2, csrfToken = $3, confirmWithin = $5;
                // typed text that the server has not confirmed within a few seconds of the autosave is reported
                // as not saved, whatever the connection says; the server's reply clears it (setStatus)
                area._confirmed = area.value;
                area.addEventListener('input', () => {
                  status.textContent = 'Saving…'; status.classList.remove('error');
                  status._typedAt = Date.now();
                });
                clearInterval(status._watch);
                status._watch = setInterval(() => {
                  if (!status.isConnected) { clearInterval(status._watch); return; }
                  if (!status._typedAt || Date.now() - status._typedAt < confirmWithin) return;
                  status._typedAt = 0;
                  if (area.value === area._confirmed) {
                    status.textContent = status._serverText || '';
                    status.classList.toggle('error', !!status._serverError);
                    return;
                  }
                  status.textContent = 'Not saved: retrying…'; status.classList.add('error');
                }, 500);
                // hidden tab: the page is still alive, so a normal round trip saves the text
                document.addEventListener('visibilitychange', () => {
                  if (document.visibilityState === 'hidden' && area.isConnected && view.$server && !area.readonly) {
                    view.$server.flush(area.value);
                  }
                });
                // closing or leaving the page: a round trip cannot finish, a beacon can
                window.addEventListener('pagehide', () => {
                  if (!area.isConnected || area.readonly || !area.dataset.saveUrl || !csrfToken) return;
                  const body = new URLSearchParams({ text: area.value, revision: area.dataset.revision });
                  body.append(csrfName, csrfToken);
                  navigator.sendBeacon(area.dataset.saveUrl, body);
                });
                // the countdown keeps ticking between server polls, and while the connection is down, from the
                // deadline the server stored (the server still decides when time is up)
                const clock = $4;
                new MutationObserver(() => { clock._offset = Number(clock.dataset.now) - Date.now(); })
                    .observe(clock, { attributes: true, attributeFilter: ['data-now'] });
                clock._offset = Number(clock.dataset.now || Date.now()) - Date.now();
                clearInterval(clock._ticker);
                clock._ticker = setInterval(() => {
                  if (!clock.isConnected) { clearInterval(clock._ticker); return; }
                  if (!clock.dataset.deadline) return;
                  const left = Math.max(0, Math.ceil((Number(clock.dataset.deadline) - Date.now() - clock._offset) / 1000));
                  clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
                }, 250);
                const cs = window.Vaadin && window.Vaadin.connectionState;
                if (cs && cs.addStateChangeListener) {
                  cs.addStateChangeListener((before, now) => {
                    if (now === 'reconnecting' || now === 'connection-lost') {
                      status.textContent = 'Not saved: retrying…'; status.classList.add('error');
                    }
                  });
                }
                """, answer.getElement(), saveStatus.getElement(),
                csrf == null ? "" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                countdown.getElement(), AUTOSAVE_MILLIS + CONFIRM_MILLIS);
    }

    /** Called by the page when the tab is hidden: saves the text as typed. */
    @ClientCallable
    void flush(String text) {
        if (editable() && text != null && !text.equals(state.answer())) {
            autosave(text);
        }
    }

    private void show(InterviewState s) {
        if (!laidOut) {
            layout(s.wholeInterview());
            laidOut = true;
        }
        boolean newQuestion = state == null || state.itemId() != s.itemId() || state.closed() != s.closed();
        state = s;
        if (s.finished() && (s.feedback() == null || s.wholeInterview())) {
            goToReview(); // a whole interview's review shows every comparison at once
            return;
        }
        if (s.feedback() != null && !s.wholeInterview()) {
            showFeedbackBetweenQuestions(s);
            return;
        }
        // A whole interview in practice mode shows a checked question's comparison in place of its answer box.
        boolean comparing = s.closed() && s.feedback() != null;
        working.setVisible(true);
        answer.setVisible(!comparing);
        feedback.setVisible(comparing);
        if (comparing) {
            feedback.removeAll();
            feedback.add(new AnswerComparison(s.feedback()));
        }
        progress.setText("Question %d of %d".formatted(s.position(), s.total()));
        questionTitle.setText(s.question().title());
        String limit = s.wholeInterview() ? "shared time" : Formats.humanDuration(s.timeLimitSeconds()) + " to answer";
        meta.setText("%s · %s · %s".formatted(s.question().topicName(), s.question().difficulty().label(), limit));
        prompt.setContent(s.question().prompt());
        renderQuestionList(s);
        answer.setReadOnly(s.closed());
        if (newQuestion) {
            answer.setValue(s.answer());
            answer.getElement().setAttribute("data-save-url", AnswerBeaconController.pathFor(interviewId, s.itemId()));
            answer.getElement().setAttribute("data-revision", String.valueOf(s.revision()));
            setStatus(comparing ? "Closed: compare it with the model answer below"
                    : s.answer().isEmpty() ? "" : "Saved", false);
            unsaved = false;
            announced.clear();
            long left = secondsLeft();
            ANNOUNCE_AT.stream().filter(t -> left <= t).forEach(announced::add);
            if (!s.closed()) {
                answer.focus();
            }
        }
        boolean practice = s.mode() == InterviewMode.PRACTICE;
        if (s.wholeInterview()) {
            previous.setVisible(s.position() > 1);
            next.setVisible(!s.isLast());
            next.setText("Next question");
            check.setVisible(practice && !s.closed());
            finish.setVisible(true);
            finish.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (s.isLast()) {
                finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        } else {
            previous.setVisible(false);
            check.setVisible(false);
            next.setVisible(!s.isLast());
            next.setText(practice ? "Check answer" : "Next question");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            finish.setVisible(s.isLast());
            finish.setText(practice ? "Check answer and finish" : "Finish interview");
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        shortcuts.setText(shortcutText(s));
        tick();
        startPolling();
    }

    private String shortcutText(InterviewState s) {
        String enter = s.wholeInterview() ? (s.isLast() ? "finish" : "next question")
                : s.isLast() ? "finish" : s.mode() == InterviewMode.PRACTICE ? "check answer" : "next question";
        return "Keyboard: Ctrl+Enter " + enter + " · Alt+T say the time left · Tab moves between controls";
    }

    /** A whole interview shows a closed question's comparison in place of its answer box; otherwise it replaces
     * the whole question between two questions. */
    private void layout(boolean wholeInterview) {
        Div timer = new Div(countdown, showTime);
        timer.addClassName("timer");
        Div top = new Div(progress, timer);
        top.addClassName("interview-top");
        Div buttons = new Div(saveStatus, previous, check, next, finish);
        buttons.addClassName("interview-actions");
        feedback.setVisible(false);
        if (wholeInterview) {
            working.add(questionList, questionCard, answer, feedback, buttons, shortcuts);
            add(top, announcer, timeBar, working);
        } else {
            working.add(questionList, questionCard, answer, buttons, shortcuts);
            add(top, announcer, timeBar, working, feedback);
        }
    }

    private void renderQuestionList(InterviewState s) {
        questionList.removeAll();
        questionList.setVisible(s.wholeInterview());
        if (!s.wholeInterview()) {
            return;
        }
        for (ItemStatus item : s.items()) {
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
            b.addClickListener(e -> moveTo(item.position()));
            questionList.add(b);
        }
    }

    /** Practice mode, one clock per question: the question just closed beside its model answer. */
    private void showFeedbackBetweenQuestions(InterviewState s) {
        working.setVisible(false);
        stopPolling();
        progress.setText("Question %d of %d: compare".formatted(s.feedback().position(), s.total()));
        countdown.setText("");
        countdown.getElement().removeAttribute("data-deadline"); // the next question's clock has not started
        feedback.removeAll();
        H2 title = new H2(s.feedback().question().title());
        Span note = new Span(s.feedback().timedOut() ? "Time ran out: your answer was kept as typed."
                : "Here is the model answer beside yours. The next question's clock starts when you go on.");
        note.addClassName("feedback-note");
        continueButton.setText(s.finished() ? "See all your answers" : "Next question");
        Div actions = new Div(continueButton);
        actions.addClassName("interview-actions");
        feedback.add(title, note, new AnswerComparison(s.feedback()), actions);
        feedback.setVisible(true);
        continueButton.focus();
    }

    private void afterFeedback() {
        if (state != null && state.finished()) {
            goToReview();
            return;
        }
        run(() -> interviews.current(interviewId));
    }

    private void goToReview() {
        stopPolling();
        UI.getCurrent().navigate(InterviewReviewView.class, InterviewReviewView.parameters(interviewId));
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

    private long secondsLeft() {
        if (state == null || state.deadline() == null) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), state.deadline());
        return Math.max(0, (left.toMillis() + 999) / 1000);
    }

    /** Refreshes the countdown from the stored deadline; retries a failed save; at zero, hands the text over. */
    void tick() {
        if (state == null || state.finished() || state.deadline() == null) {
            return;
        }
        long seconds = secondsLeft();
        countdown.setText(Formats.minutesSeconds(seconds));
        countdown.getElement().setAttribute("data-deadline", String.valueOf(state.deadline().toEpochMilli()));
        countdown.getElement().setAttribute("data-now", String.valueOf(clock.instant().toEpochMilli()));
        timeBar.setValue(Math.min(1.0, Math.max(0.0, seconds / (double) Math.max(1, state.timeLimitSeconds()))));
        countdown.getElement().getClassList().set("low", seconds <= 30);
        if (hiddenCountdown) {
            countdown.setVisible(revealUntil != null && clock.instant().isBefore(revealUntil));
        }
        for (int threshold : ANNOUNCE_AT) {
            if (seconds <= threshold && announced.add(threshold)) {
                announcer.setText(spoken(threshold) + " left");
            }
        }
        if (unsaved && editable()) {
            autosave(answer.getValue());
        }
        if (seconds == 0 && !clock.instant().isBefore(state.deadline())) {
            timeUp();
        }
    }

    private static String spoken(long seconds) {
        if (seconds >= 60 && seconds % 60 == 0) {
            long m = seconds / 60;
            return m == 1 ? "1 minute" : m + " minutes";
        }
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return Formats.humanDuration(seconds);
    }

    /** Hidden countdown: shows the time for a few seconds and says it to screen readers. */
    void revealTime() {
        if (state == null || state.deadline() == null) {
            return;
        }
        revealUntil = clock.instant().plus(REVEAL_FOR);
        long seconds = secondsLeft();
        countdown.setText(Formats.minutesSeconds(seconds));
        countdown.setVisible(true);
        announcer.setText(spoken(seconds) + " left");
    }

    /** Called on every tick once the countdown shows zero, until the server agrees that time is up. */
    private void timeUp() {
        long before = state.itemId();
        boolean wasWhole = state.wholeInterview();
        run(() -> interviews.timeUp(interviewId, state.itemId(), answer.getValue(), state.revision()));
        if (state != null && (state.itemId() != before || state.finished() || wasWhole && state.finished())) {
            Notice.success("Time is up: your answer was kept as typed.");
        }
    }

    private void autosave(String text) {
        if (!editable()) {
            return;
        }
        try {
            save(text);
        } catch (InterviewException e) {
            setStatus("Not saved: " + e.getMessage(), true);
        } catch (RuntimeException e) {
            unsaved = true;
            setStatus("Not saved: retrying…", true);
        }
    }

    private void save(String text) {
        SaveResult result = interviews.saveAnswer(interviewId, state.itemId(), text, state.revision());
        unsaved = false;
        switch (result.outcome()) {
            case SAVED -> {
                state = state.withRevision(result.revision());
                answer.getElement().setAttribute("data-revision", String.valueOf(result.revision()));
                setStatus("Saved " + Formats.time(result.savedAt()), false);
            }
            case LATE -> setStatus("Time was up: this text is kept apart and not counted", true);
            case CLOSED -> setStatus("This question is already closed", false);
            case CONFLICT -> setStatus("Not saved: this answer was changed in another tab. Reload to see the newer "
                    + "text.", true);
        }
    }

    private void setStatus(String text, boolean error) {
        saveStatus.setText(text);
        saveStatus.getElement().getClassList().set("error", error);
        // the page may have changed the line itself while typing; make sure it shows this, and that the server
        // has answered for the text in the box
        saveStatus.getElement().executeJs("this.textContent = $0; this.classList.toggle('error', $2);"
                + " this._serverText = $0; this._serverError = $2; this._typedAt = 0; $1._confirmed = $1.value", text, answer.getElement(),
                error);
    }

    private boolean editable() {
        return state != null && !state.finished() && !state.closed() && state.question() != null
                && state.feedback() == null;
    }

    private void onNext() {
        if (state == null || state.finished()) {
            return;
        }
        if (state.wholeInterview()) {
            moveBy(1);
        } else {
            run(() -> interviews.next(interviewId, state.itemId(), answer.getValue(), state.revision()));
        }
    }

    private void onFinish() {
        if (state == null || state.finished()) {
            return;
        }
        if (state.wholeInterview()) {
            run(() -> interviews.finish(interviewId, state.itemId(), answer.getValue(), state.revision()));
        } else {
            run(() -> interviews.next(interviewId, state.itemId(), answer.getValue(), state.revision()));
        }
    }

    private void closeAndCheck() {
        run(() -> interviews.next(interviewId, state.itemId(), answer.getValue(), state.revision()));
    }

    private void moveBy(int delta) {
        moveTo(state.position() + delta);
    }

    private void moveTo(int position) {
        if (state == null || position == state.position()) {
            return;
        }
        run(() -> interviews.moveTo(interviewId, state.itemId(), answer.getValue(), state.revision(), position));
    }

    private void run(java.util.function.Supplier<InterviewState> action) {
        try {
            show(action.get());
        } catch (InterviewException e) {
            Notice.error(e.getMessage());
        } catch (RuntimeException e) {
            Notice.error("That did not go through. Your text is kept on this page; try again in a moment.");
        }
    }

    private void showRefusal(String message) {
        stopPolling();
        removeAll();
        add(new EmptyState(VaadinIcon.BAN, "Interview not available", message,
                new RouterLink("Back to the home page", HomeView.class)));
    }
}
