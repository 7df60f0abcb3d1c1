package dev.rehearse.interview;

import dev.rehearse.interview.internal.Interview;
import dev.rehearse.interview.internal.InterviewItem;
import dev.rehearse.interview.internal.InterviewRepository;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.DrawnQuestion;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.CurrentUser;
import dev.rehearse.security.UserSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs interviews for the signed-in user. Every change goes through here: the server stamps when a question is
 * shown, stores its deadline, and judges every save against that deadline with its own clock.
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

    InterviewService(InterviewRepository interviews, QuestionBankService bank, CurrentUser currentUser,
            AccountService accounts, Clock clock, InterviewProperties properties) {
        this.interviews = interviews;
        this.bank = bank;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
        this.grace = Duration.ofSeconds(properties.graceSeconds());
    }

    /** Draws the questions and opens a new interview; refuses bad settings and an empty draw. */
    @Transactional
    public StartedInterview start(InterviewSetup setup) {
        long owner = currentUser.requireId();
        String problem = setup.problem();
        if (problem != null) {
            throw new InterviewException(problem);
        }
        List<DrawnQuestion> drawn = bank.draw(setup.topics(), setup.difficulties(), setup.questionCount());
        if (drawn.isEmpty()) {
            throw new InterviewException("No question matches these topics and difficulties. Choose more of them.");
        }
        UserSettings settings = accounts.settings();
        Interview interview = new Interview(UUID.randomUUID(), owner, setup.mode(), setup.limitKind(),
                setup.questionCount(), setup.secondsPerQuestion(), String.join(",", setup.topics()),
                setup.difficulties().stream().map(Difficulty::name).collect(Collectors.joining(",")),
                settings.extraTimePercent(), clock.instant());
        for (DrawnQuestion q : drawn) {
            int limit = setup.secondsPerQuestion() != null ? setup.secondsPerQuestion() : q.suggestedSeconds();
            interview.addItem(q.versionId(), settings.apply(limit));
        }
        interviews.save(interview);
        return new StartedInterview(interview.getId(), drawn.size(), setup.questionCount());
    }

    /**
     * The question the person is on. Starts its clock the first time it is shown; closes what has passed its
     * deadline plus grace and moves on; finishes after the last one. A reload calls this and finds the same deadline.
     */
    @Transactional
    public InterviewState current(UUID id) {
        Interview interview = owned(id);
        Instant now = clock.instant();
        interview.catchUp(now, grace, true, ClosedBy.TIMEOUT);
        return state(interview, null);
    }

    /** Saves the typed text of a question, as the page does a moment after typing stops. */
    @Transactional
    public SaveResult saveAnswer(UUID id, long itemId, String text, int expectedRevision) {
        Interview interview = owned(id);
        return save(interview, item(interview, itemId), text, expectedRevision, clock.instant());
    }

    /**
     * Next, Finish, or Check answer: saves the text and closes the question. A mock interview shows the next
     * question; practice mode first returns the closed question as feedback, and the next one's clock starts when
     * the person asks for it ({@link #current}). With a whole-interview limit Next only moves on ({@link #moveTo});
     * this closes the question in practice mode, and {@link #finish} ends the interview.
     */
    @Transactional
    public InterviewState next(UUID id, long itemId, String text, int expectedRevision) {
        Step step = saveFirst(id, itemId, text, expectedRevision, true);
        Interview interview = step.interview();
        InterviewItem item = step.item();
        Instant now = step.now();
        ReviewItem feedback = null;
        if (interview.isOpen() && item == interview.currentItem() && !item.isClosed()) {
            interview.closeCurrent(now, grace);
            if (interview.getMode() == InterviewMode.PRACTICE) {
                feedback = reviewItem(item);
            }
            if (interview.getLimitKind() == TimeLimitKind.WHOLE_INTERVIEW
                    && interview.getItems().stream().allMatch(InterviewItem::isClosed)) {
                interview.finishAll(ClosedBy.USER, now);
            }
        }
        interview.catchUp(now, grace, feedback == null, ClosedBy.TIMEOUT);
        return state(interview, feedback);
    }

    /** Whole-interview limit: saves the current text and shows another question. */
    @Transactional
    public InterviewState moveTo(UUID id, long itemId, String text, int expectedRevision, int position) {
        Step step = saveFirst(id, itemId, text, expectedRevision, true);
        Interview interview = step.interview();
        Instant now = step.now();
        if (interview.getLimitKind() != TimeLimitKind.WHOLE_INTERVIEW) {
            throw new InterviewException("This interview goes one question at a time.");
        }
        interview.catchUp(now, grace, true, ClosedBy.TIMEOUT);
        if (interview.isOpen()) {
            interview.moveTo(position - 1, now);
        }
        return state(interview, null);
    }

    /** Saves the current text and ends the interview now, closing every question still open. */
    @Transactional
    public InterviewState finish(UUID id, long itemId, String text, int expectedRevision) {
        Step step = saveFirst(id, itemId, text, expectedRevision, true);
        Interview interview = step.interview();
        Instant now = step.now();
        interview.catchUp(now, grace, false, ClosedBy.TIMEOUT);
        if (interview.isOpen()) {
            interview.finishAll(ClosedBy.USER, now);
        }
        return state(interview, null);
    }

    /**
     * The page reports that its countdown reached zero, with the text as typed. The text is saved (it is within
     * the grace period), then the server closes the question or the interview if its own clock agrees.
     */
    @Transactional
    public InterviewState timeUp(UUID id, long itemId, String text, int expectedRevision) {
        Step step = saveFirst(id, itemId, text, expectedRevision, false);
        Interview interview = step.interview();
        InterviewItem item = step.item();
        Instant now = step.now();
        ReviewItem feedback = null;
        Instant deadline = interview.currentDeadline();
        if (interview.isOpen() && deadline != null && !now.isBefore(deadline)) {
            if (interview.getLimitKind() == TimeLimitKind.WHOLE_INTERVIEW) {
                interview.finishAll(ClosedBy.TIMEOUT, deadline);
            } else if (item == interview.currentItem() && !item.isClosed()) {
                interview.timeOutCurrent(now);
                if (interview.getMode() == InterviewMode.PRACTICE) {
                    feedback = reviewItem(item);
                }
            }
        }
        interview.catchUp(now, grace, feedback == null, ClosedBy.TIMEOUT);
        return state(interview, feedback);
    }

    /** A finished interview, question by question; refused while it is still running. */
    public InterviewReview review(UUID id) {
        Interview interview = owned(id);
        if (interview.isOpen()) {
            throw new InterviewException("This interview is still running: finish it to compare your answers.");
        }
        List<ReviewItem> items = interview.getItems().stream().map(this::reviewItem).toList();
        return new InterviewReview(interview.getId(), interview.getStartedAt(), interview.getFinishedAt(), items);
    }

    /** The person's open interview, the newest if several. */
    public Optional<InterviewSummary> openInterview() {
        long owner = currentUser.requireId();
        return interviews.findByOwnerIdAndStatusOrderByStartedAtDesc(owner, InterviewStatus.OPEN).stream()
                .findFirst().map(this::summary);
    }

    /** The person's interviews, newest first, a page at a time. */
    public Page<InterviewSummary> history(Pageable pageable) {
        long owner = currentUser.requireId();
        Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return interviews.findByOwnerIdOrderByStartedAtDesc(owner, unsorted).map(this::summary);
    }

    public long historyCount() {
        return interviews.countByOwnerId(currentUser.requireId());
    }

    private SaveResult save(Interview interview, InterviewItem item, String text, int expectedRevision,
            Instant now) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_ANSWER_LENGTH) {
            throw new InterviewException("Your answer is %,d characters long; the limit is %,d. Shorten it to save it."
                    .formatted(value.length(), MAX_ANSWER_LENGTH));
        }
        if (interview.isPastDeadline(item, now, grace)) {
            if (!value.equals(item.getAnswerText()) && !value.equals(item.getLateText())) {
                item.keepLate(value, now);
            }
            return new SaveResult(SaveResult.Outcome.LATE, item.getAnswerRevision(), item.getAnswerSavedAt());
        }
        if (item.isClosed() || !interview.isOpen()) {
            return new SaveResult(SaveResult.Outcome.CLOSED, item.getAnswerRevision(), item.getAnswerSavedAt());
        }
        if (expectedRevision != item.getAnswerRevision()) {
            return new SaveResult(SaveResult.Outcome.CONFLICT, item.getAnswerRevision(), item.getAnswerSavedAt());
        }
        if (!value.equals(item.getAnswerText())) {
            item.saveAnswer(value, now);
        }
        return new SaveResult(SaveResult.Outcome.SAVED, item.getAnswerRevision(), item.getAnswerSavedAt());
    }

    /** An interview of the caller, one of its questions and the instant of this request. */
    private record Step(Interview interview, InterviewItem item, Instant now) {
    }

    /**
     * Every action that moves an interview first saves the text the page sends, with one instant for both.
     * {@code refuseStale}: a text older than another tab's is refused instead of ignored.
     */
    private Step saveFirst(UUID id, long itemId, String text, int expectedRevision, boolean refuseStale) {
        Interview interview = owned(id);
        InterviewItem item = item(interview, itemId);
        Instant now = clock.instant();
        SaveResult result = save(interview, item, text, expectedRevision, now);
        if (refuseStale) {
            requireNotStale(result);
        }
        return new Step(interview, item, now);
    }

    private static void requireNotStale(SaveResult result) {
        if (result.outcome() == SaveResult.Outcome.CONFLICT) {
            throw new InterviewException("This answer was changed in another tab or window. Reload this page to "
                    + "see the newer text; nothing was changed here.");
        }
    }

    private InterviewState state(Interview interview, ReviewItem feedback) {
        List<ItemStatus> items = new ArrayList<>();
        InterviewItem current = interview.currentItem();
        for (InterviewItem i : interview.getItems()) {
            items.add(new ItemStatus(i.getPosition() + 1, i.getId(), bank.text(i.getQuestionVersionId()).title(),
                    !i.getAnswerText().isBlank(), i.isClosed(), i == current));
        }
        if (!interview.isOpen() || current.getShownAt() == null) {
            // finished, or practice mode between a question and the next one
            return new InterviewState(interview.getId(), !interview.isOpen(), interview.getMode(),
                    interview.getLimitKind(), current == null ? items.size() : current.getPosition() + 1,
                    items.size(), current == null ? -1 : current.getId(), null, "", 0, null, 0, false, feedback,
                    items);
        }
        QuestionText text = bank.text(current.getQuestionVersionId());
        boolean whole = interview.getLimitKind() == TimeLimitKind.WHOLE_INTERVIEW;
        if (whole && current.isClosed() && interview.getMode() == InterviewMode.PRACTICE && feedback == null) {
            feedback = reviewItem(current);
        }
        return new InterviewState(interview.getId(), false, interview.getMode(), interview.getLimitKind(),
                current.getPosition() + 1, items.size(), current.getId(), text, current.getAnswerText(),
                current.getAnswerRevision(), interview.currentDeadline(),
                whole ? interview.getTotalLimitSeconds() : current.getTimeLimitSeconds(), current.isClosed(),
                feedback, items);
    }

    private ReviewItem reviewItem(InterviewItem i) {
        return new ReviewItem(i.getPosition() + 1, bank.text(i.getQuestionVersionId()), i.getAnswerText(),
                i.getLateText(), i.getTimeUsedSeconds(), i.getTimeLimitSeconds(),
                i.getClosedBy() == ClosedBy.TIMEOUT || i.getClosedBy() == ClosedBy.SERVER);
    }

    private InterviewSummary summary(Interview interview) {
        List<InterviewItem> items = interview.getItems();
        Set<String> topicNames = new LinkedHashSet<>();
        for (InterviewItem item : items) {
            topicNames.add(bank.text(item.getQuestionVersionId()).topicName());
        }
        int used = items.stream().mapToInt(InterviewItem::getTimeUsedSeconds).sum();
        int timedOut = (int) items.stream()
                .filter(i -> i.getClosedBy() == ClosedBy.TIMEOUT || i.getClosedBy() == ClosedBy.SERVER).count();
        int answered = (int) items.stream().filter(i -> !i.getAnswerText().isBlank()).count();
        return new InterviewSummary(interview.getId(), interview.getStatus(), interview.getStartedAt(),
                interview.getFinishedAt(), items.size(), answered, new ArrayList<>(topicNames), used, timedOut);
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
