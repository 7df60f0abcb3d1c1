package dev.rehearse.interview.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.HomeLink;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.interview.InterviewState.OnScreen;
import dev.rehearse.interview.SaveResult;
import dev.rehearse.security.AccountService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The running interview. The server stores every deadline; this page shows it, saves the text a moment after
 * typing stops (and on every action, on leaving, when the tab is hidden), and tells the server when the countdown
 * reaches zero. A reload rebuilds everything from the server's rows.
 */
@Route(value = "interview/:" + InterviewView.ID, layout = MainLayout.class)
@PageTitle("Interview · Rehearse")
@PermitAll
class InterviewView extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String ID = "id";

    private final InterviewService interviews;
    private final InterviewResults results;
    private final Span progress = new Span();
    private final Countdown countdown;
    private final QuestionList questionList = new QuestionList();
    private final QuestionCard questionCard = new QuestionCard();
    private final AnswerEditor editor = new AnswerEditor();
    /** Whole interview in practice mode: a checked question's comparison, in place of its answer box. */
    private final Div checked = new Div();
    private final ActionBar actions = new ActionBar(editor.statusLine());
    /** Practice mode with a clock per question: the comparison between two questions. */
    private final PracticeFeedback between = new PracticeFeedback();
    private final Div working = new Div();

    private UUID interviewId;
    private InterviewState state;
    /** The typed text could not be saved; the next tick tries again. */
    private boolean unsaved;

    InterviewView(InterviewService interviews, InterviewResults results, AccountService accounts, Clock clock) {
        this.interviews = interviews;
        this.results = results;
        this.countdown = new Countdown(clock, accounts.settings().hiddenCountdown());
        addClassNames("page", "interview-page");
        progress.setId("progress");
        progress.addClassName("progress-label");
        checked.setId("feedback");
        checked.addClassName("feedback");
        checked.setVisible(false);
        between.setVisible(false);

        editor.addTypedListener(e -> autosave(e.text()));
        countdown.addZeroListener(e -> timeUp());
        countdown.addPollListener(e -> tick());
        questionList.addPickListener(e -> moveTo(e.position()));
        between.addContinueListener(e -> afterFeedback());
        actions.addActionListener(e -> act(e.action()));
        Shortcuts.addShortcutListener(this, countdown::reveal, Key.KEY_T, KeyModifier.ALT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            interviewId = UUID.fromString(event.getRouteParameters().get(ID).orElse(""));
            InterviewState current = interviews.current(interviewId);
            if (current.finished()) {
                event.forwardTo(results.reviewLocation(interviewId));
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
        countdown.stopPolling();
        if (editable()) {
            try {
                save(editor.text());
            } catch (RuntimeException ignored) {
                // leaving anyway: the server keeps the text it last saved
            }
        }
    }

    private void layOut(boolean wholeInterview) {
        Div top = new Div(progress, countdown);
        top.addClassName("interview-top");
        add(top, countdown.announcer(), countdown.bar(), working);
        if (wholeInterview) {
            working.add(questionList, questionCard, editor, checked, actions, actions.shortcuts());
        } else {
            working.add(questionCard, editor, actions, actions.shortcuts());
            add(between);
        }
    }

    private void show(InterviewState s) {
        if (working.getChildren().findAny().isEmpty()) {
            layOut(s.wholeInterview());
        }
        OnScreen before = state == null ? null : state.onScreen();
        OnScreen q = s.onScreen();
        boolean fresh = before == null || q == null || before.itemId() != q.itemId() || before.closed() != q.closed();
        state = s;
        if (s.finished() && (s.feedback() == null || s.wholeInterview())) {
            goToReview(); // a whole interview's review shows every comparison at once
            return;
        }
        if (!s.wholeInterview() && s.feedback() != null) {
            showBetweenQuestions(s);
            return;
        }
        boolean comparing = q.closed() && s.feedback() != null;
        working.setVisible(true);
        editor.setVisible(!comparing);
        checked.setVisible(comparing);
        if (comparing) {
            checked.removeAll();
            checked.add(results.comparison(s.interviewId(), s.feedback(), 2));
        }
        progress.setText("Question %d of %d".formatted(s.progress().position(), s.progress().total()));
        questionCard.show(q.question(), s.wholeInterview() ? "shared time"
                : Formats.humanDuration(q.countdown().limitSeconds()) + " to answer");
        questionList.setVisible(s.wholeInterview());
        questionList.show(s.items());
        editor.setReadOnly(q.closed());
        countdown.follow(q.countdown(), fresh);
        if (fresh) {
            editor.load(q.answer(), AnswerBeaconController.pathFor(interviewId, q.itemId()), q.revision());
            editor.showStatus(comparing ? "Closed: compare it with the model answer below"
                    : q.answer().isEmpty() ? "" : "Saved", false);
            unsaved = false;
            if (!q.closed()) {
                editor.focusAnswer();
            }
        }
        actions.show(s);
        tick();
        countdown.startPolling();
    }

    private void showBetweenQuestions(InterviewState s) {
        working.setVisible(false);
        countdown.stopPolling();
        countdown.stop();
        progress.setText("Question %d of %d: compare".formatted(s.feedback().position(), s.progress().total()));
        between.show(s.feedback(), s.finished(), results.comparison(s.interviewId(), s.feedback(), 2));
        between.setVisible(true);
    }

    private void afterFeedback() {
        between.setVisible(false);
        if (state != null && state.finished()) {
            goToReview();
            return;
        }
        run(() -> interviews.current(interviewId));
    }

    private void goToReview() {
        countdown.stopPolling();
        UI.getCurrent().navigate(results.reviewLocation(interviewId));
    }

    /** Every second: retries a failed save, then refreshes the countdown, which says when it reaches zero. */
    void tick() {
        if (state == null || state.finished() || state.onScreen() == null) {
            return;
        }
        if (unsaved && editable()) {
            autosave(editor.text());
        }
        countdown.tick();
    }

    /** Called on every tick once the countdown shows zero, until the server agrees that time is up. */
    private void timeUp() {
        OnScreen before = state.onScreen();
        run(() -> interviews.timeUp(interviewId, before.itemId(), editor.text(), before.revision()));
        OnScreen after = state.onScreen();
        if (state.finished() || after == null || after.itemId() != before.itemId()) {
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
            editor.showStatus("Not saved: " + e.getMessage(), true);
        } catch (RuntimeException e) {
            unsaved = true;
            editor.showStatus("Not saved: retrying…", true);
        }
    }

    private void save(String text) {
        OnScreen q = state.onScreen();
        SaveResult result = interviews.saveAnswer(interviewId, q.itemId(), text, q.revision());
        unsaved = false;
        if (result.outcome() == SaveResult.Outcome.SAVED) {
            state = state.withRevision(result.revision());
        }
        editor.showSaved(result);
    }

    private boolean editable() {
        return state != null && !state.finished() && state.onScreen() != null && !state.onScreen().closed()
                && state.feedback() == null;
    }

    private void act(ActionBar.Action action) {
        if (state == null || state.finished() || state.onScreen() == null) {
            return;
        }
        OnScreen q = state.onScreen();
        switch (action) {
            case PREVIOUS -> moveTo(state.progress().position() - 1);
            case NEXT -> {
                if (state.wholeInterview()) {
                    moveTo(state.progress().position() + 1);
                } else {
                    run(() -> interviews.next(interviewId, q.itemId(), editor.text(), q.revision()));
                }
            }
            case CHECK -> run(() -> interviews.next(interviewId, q.itemId(), editor.text(), q.revision()));
            case FINISH -> run(() -> state.wholeInterview()
                    ? interviews.finish(interviewId, q.itemId(), editor.text(), q.revision())
                    : interviews.next(interviewId, q.itemId(), editor.text(), q.revision()));
        }
    }

    private void moveTo(int position) {
        if (state == null || state.onScreen() == null || position == state.progress().position()) {
            return;
        }
        OnScreen q = state.onScreen();
        run(() -> interviews.moveTo(interviewId, q.itemId(), editor.text(), q.revision(), position));
    }

    private void run(Supplier<InterviewState> action) {
        try {
            show(action.get());
        } catch (InterviewException e) {
            Notice.error(e.getMessage());
        } catch (RuntimeException e) {
            Notice.error("That did not go through. Your text is kept on this page; try again in a moment.");
        }
    }

    private void showRefusal(String message) {
        countdown.stopPolling();
        removeAll();
        add(EmptyState.wholePage(VaadinIcon.BAN, "Interview not available", message, HomeLink.create()));
    }
}
