package dev.rehearse.interview;

import dev.rehearse.interview.InterviewState.Countdown;
import dev.rehearse.interview.InterviewState.Format;
import dev.rehearse.interview.InterviewState.OnScreen;
import dev.rehearse.interview.InterviewState.Progress;
import dev.rehearse.interview.internal.Interview;
import dev.rehearse.interview.internal.InterviewItem;
import dev.rehearse.interview.internal.InterviewRepository;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.DrawnQuestion;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.scheduling.SchedulingService;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.CurrentUser;
import dev.rehearse.security.UserSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs interviews for the signed-in user: start, show, save, next, move, finish, time up. Every change goes
 * through here, and what time does is the interview's own rule: this service only hands it the instant of the
 * request. Closed questions and finished interviews are announced as {@link AnswerClosed} and
 * {@link InterviewFinished}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class InterviewService {

    /** The longest answer accepted, in characters; the answer box shares it. */
    public static final int MAX_ANSWER_LENGTH = 20_000;

    private final InterviewRepository interviews;
    private final QuestionBankService bank;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final Duration grace;
    private final SchedulingService scheduling;

    InterviewService(InterviewRepository interviews, QuestionBankService bank, CurrentUser currentUser,
            AccountService accounts, Clock clock, InterviewProperties properties, SchedulingService scheduling) {
        this.interviews = interviews;
        this.scheduling = scheduling;
        this.bank = bank;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
        this.grace = properties.grace();
    }

    /**
     * Draws the questions at random, without repeats, preferring ones never asked, due or weak over ones asked but
     * not rated, and those over ones known well; opens a new interview. Refuses bad settings and an empty draw.
     */
    @Transactional
    public StartedInterview start(InterviewSetup setup) {
        long owner = currentUser.requireId();
        String problem = setup.problem();
        if (problem != null) {
            throw new InterviewException(problem);
        }
        // Unseen, due and weak questions are preferred to ones asked but not rated, and those to ones known well.
        Map<String, Double> rated = scheduling.drawWeights();
        Set<String> asked = Set.copyOf(interviews.findQuestionIdsAskedOf(owner));
        List<DrawnQuestion> drawn = bank.draw(setup.topics(), setup.difficulties(), setup.questionCount(),
                id -> rated.getOrDefault(id,
                        asked.contains(id) ? SchedulingService.ASKED : SchedulingService.PREFERRED));
        if (drawn.isEmpty()) {
            throw new InterviewException("No question matches these topics and difficulties. Choose more of them.");
        }
        return open(owner, setup, drawn);
    }

    /**
     * Opens a review interview in practice mode, each question with its own suggested time: the questions due
     * today first, then the person's weakest ones, then questions they have never been asked, without repeats.
     */
    @Transactional
    public StartedInterview startReview(int questionCount) {
        long owner = currentUser.requireId();
        InterviewSetup setup = new InterviewSetup(questionCount, null, Set.of(), Set.of(), InterviewMode.PRACTICE,
                TimeLimitKind.PER_QUESTION);
        String problem = setup.problem();
        if (problem != null) {
            throw new InterviewException(problem);
        }
        List<DrawnQuestion> drawn = bank.drawInOrder(scheduling.reviewOrder(questionCount),
                Set.copyOf(interviews.findQuestionIdsAskedOf(owner)), questionCount);
        if (drawn.isEmpty()) {
            throw new InterviewException("The question bank is empty: there is nothing to review.");
        }
        return open(owner, setup, drawn);
    }

    /**
     * Opens a practice interview of exactly one question, in its current version and with its own suggested time:
     * to answer it again now. Refused when the bank no longer has it.
     */
    @Transactional
    public StartedInterview practiseAgain(String questionId) {
        long owner = currentUser.requireId();
        DrawnQuestion question = bank.drawExactly(questionId).orElseThrow(() -> new InterviewException(
                "That question is no longer in the bank, so it cannot be asked again."));
        InterviewSetup setup = new InterviewSetup(1, null, Set.of(), Set.of(), InterviewMode.PRACTICE,
                TimeLimitKind.PER_QUESTION);
        return open(owner, setup, List.of(question));
    }

    private StartedInterview open(long owner, InterviewSetup setup, List<DrawnQuestion> drawn) {
        UserSettings settings = accounts.settings();
        Interview interview = new Interview(UUID.randomUUID(), owner, setup.mode(), setup.limitKind(),
                new Interview.Draw(setup.questionCount(), setup.secondsPerQuestion(), String.join(",", setup.topics()),
                        setup.difficulties().stream().map(Difficulty::name).collect(Collectors.joining(","))),
                settings.extraTimePercent(), clock.instant());
        for (DrawnQuestion q : drawn) {
            int limit = setup.secondsPerQuestion() != null ? setup.secondsPerQuestion() : q.suggestedSeconds();
            interview.addItem(q.versionId(), settings.apply(limit));
        }
        interviews.save(interview);
        return new StartedInterview(interview.getId(), drawn.size(), setup.questionCount());
    }

    /**
     * The question the person is on. Its clock starts the first time it is shown, and what ran out while the
     * person was away is closed first. A reload calls this and finds the same deadline.
     */
    @Transactional
    public InterviewState current(UUID id) {
        Interview interview = owned(id);
        interview.look(clock.instant(), grace);
        interviews.save(interview); // publishes what time closed
        return state(interview, null);
    }

    /** Saves the typed text of a question, as the page does a moment after typing stops. */
    @Transactional
    public SaveResult saveAnswer(UUID id, long itemId, String text, int expectedRevision) {
        Interview interview = owned(id);
        return save(interview, item(interview, itemId), text, expectedRevision, clock.instant());
    }

    /**
     * Next, Finish of the last question, or Check answer: saves the text and closes the question. Practice mode
     * returns the closed question as feedback, and the next one's clock starts when the person asks for it
     * ({@link #current}).
     */
    @Transactional
    public InterviewState next(UUID id, long itemId, String text, int expectedRevision) {
        return saveThen(id, itemId, text, expectedRevision, true,
                (interview, item, now) -> interview.close(item, now, grace));
    }

    /** Whole-interview limit: saves the current text and shows the question at {@code position} (from 1). */
    @Transactional
    public InterviewState moveTo(UUID id, long itemId, String text, int expectedRevision, int position) {
        return saveThen(id, itemId, text, expectedRevision, true, (interview, item, now) -> {
            interview.moveTo(position - 1, now, grace);
            return null;
        });
    }

    /** Saves the current text and ends the interview now, closing every question still open. */
    @Transactional
    public InterviewState finish(UUID id, long itemId, String text, int expectedRevision) {
        return saveThen(id, itemId, text, expectedRevision, true, (interview, item, now) -> {
            interview.finish(now, grace);
            return null;
        });
    }

    /**
     * The page reports that its countdown reached zero, with the text as typed. The text is saved (it is within
     * the grace period), then the question or the interview closes if the server's own clock agrees.
     */
    @Transactional
    public InterviewState timeUp(UUID id, long itemId, String text, int expectedRevision) {
        return saveThen(id, itemId, text, expectedRevision, false,
                (interview, item, now) -> interview.timeUp(item, now, grace));
    }

    /** The person's open interview, the newest if several. */
    public Optional<OpenInterview> openInterview() {
        return interviews.findFirstByOwnerIdAndStatusOrderByStartedAtDesc(currentUser.requireId(),
                        InterviewStatus.OPEN)
                .map(i -> new OpenInterview(i.getId(), i.getStartedAt(), i.getItems().size()));
    }

    /** What an action does to the interview once the text is saved; returns the question it closed, or null. */
    @FunctionalInterface
    private interface Action {
        InterviewItem apply(Interview interview, InterviewItem item, Instant now);
    }

    /**
     * Every action that moves an interview first saves the text the page sends, with one instant for both.
     * {@code refuseStale}: a text older than another tab's is refused instead of ignored.
     */
    private InterviewState saveThen(UUID id, long itemId, String text, int expectedRevision, boolean refuseStale,
            Action action) {
        Interview interview = owned(id);
        InterviewItem item = item(interview, itemId);
        Instant now = clock.instant();
        SaveResult result = save(interview, item, text, expectedRevision, now);
        if (refuseStale && result.outcome() == SaveResult.Outcome.CONFLICT) {
            throw new InterviewException("This answer was changed in another tab or window. Reload this page to "
                    + "see the newer text; nothing was changed here.");
        }
        InterviewItem closed = action.apply(interview, item, now);
        interviews.save(interview); // publishes what the action closed
        return state(interview, closed);
    }

    private SaveResult save(Interview interview, InterviewItem item, String text, int expectedRevision,
            Instant now) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_ANSWER_LENGTH) {
            throw new InterviewException("Your answer is %,d characters long; the limit is %,d. Shorten it to save it."
                    .formatted(value.length(), MAX_ANSWER_LENGTH));
        }
        SaveResult.Outcome outcome;
        if (interview.isLate(item, now, grace)) {
            if (!value.equals(item.getAnswerText()) && !value.equals(item.getLateText())) {
                item.keepLate(value, now);
            }
            outcome = SaveResult.Outcome.LATE;
        } else if (item.isClosed() || !interview.isOpen()) {
            outcome = SaveResult.Outcome.CLOSED;
        } else if (expectedRevision != item.getAnswerRevision()) {
            outcome = SaveResult.Outcome.CONFLICT;
        } else {
            if (!value.equals(item.getAnswerText())) {
                item.saveAnswer(value, now);
            }
            outcome = SaveResult.Outcome.SAVED;
        }
        return new SaveResult(outcome, item.getAnswerRevision(), item.getAnswerSavedAt());
    }

    /**
     * The page's view of the interview. Practice mode shows the question just closed beside its model answer; a
     * checked question of a whole interview shows it again on a reload.
     */
    private InterviewState state(Interview interview, InterviewItem justClosed) {
        InterviewItem current = interview.currentItem();
        List<ItemStatus> items = interview.getItems().stream()
                .map(i -> new ItemStatus(i.getPosition() + 1, i.getId(), bank.text(i.getQuestionVersionId()).title(),
                        !i.getAnswerText().isBlank(), i.isClosed(), i == current))
                .toList();
        Progress progress = new Progress(current == null ? items.size() : current.getPosition() + 1, items.size(),
                !interview.isOpen());
        OnScreen onScreen = current == null || !current.isShown() ? null
                : new OnScreen(current.getId(), bank.text(current.getQuestionVersionId()), current.getAnswerText(),
                        current.getAnswerRevision(),
                        new Countdown(interview.currentDeadline(), interview.currentLimitSeconds()),
                        current.isClosed());
        InterviewItem shownClosed = justClosed != null ? justClosed
                : current != null && current.isClosed() ? current : null;
        ClosedAnswer feedback = interview.getMode().revealsEachAnswer() && shownClosed != null
                ? closedAnswer(shownClosed) : null;
        return new InterviewState(interview.getId(), new Format(interview.getMode(), interview.getLimitKind()),
                progress, onScreen, feedback, items);
    }

    private ClosedAnswer closedAnswer(InterviewItem i) {
        return new ClosedAnswer(i.getPosition() + 1, bank.text(i.getQuestionVersionId()), i.getAnswerText(),
                i.getLateText(),
                new ClosedAnswer.TimeUsed(i.getTimeUsedSeconds(), i.getTimeLimitSeconds(), i.ranOutOfTime()));
    }

    private Interview owned(UUID id) {
        long owner = currentUser.requireId();
        if (id == null) {
            throw InterviewException.notFound();
        }
        return interviews.findByIdAndOwnerId(id, owner).orElseThrow(InterviewException::notFound);
    }

    private static InterviewItem item(Interview interview, long itemId) {
        return interview.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(InterviewException::notFound);
    }
}
