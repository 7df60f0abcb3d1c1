package dev.rehearse.interview;

import dev.rehearse.interview.internal.Interview;
import dev.rehearse.interview.internal.InterviewItem;
import dev.rehearse.interview.internal.InterviewRepository;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.DrawnQuestion;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.security.CurrentUser;
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
    private final Clock clock;
    private final Duration grace;

    InterviewService(InterviewRepository interviews, QuestionBankService bank, CurrentUser currentUser, Clock clock,
            InterviewProperties properties) {
        this.interviews = interviews;
        this.bank = bank;
        this.currentUser = currentUser;
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
        Interview interview = new Interview(UUID.randomUUID(), owner, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION,
                setup.questionCount(), setup.secondsPerQuestion(), String.join(",", setup.topics()),
                setup.difficulties().stream().map(Difficulty::name).collect(Collectors.joining(",")), clock.instant());
        for (DrawnQuestion q : drawn) {
            int limit = setup.secondsPerQuestion() != null ? setup.secondsPerQuestion() : q.suggestedSeconds();
            interview.addItem(q.versionId(), limit);
        }
        interviews.save(interview);
        return new StartedInterview(interview.getId(), drawn.size(), setup.questionCount());
    }

    /**
     * The question the person is on. Shows it (stamping its deadline) the first time; closes questions whose
     * deadline plus grace has passed and moves on; finishes after the last one.
     */
    @Transactional
    public InterviewState current(UUID id) {
        Interview interview = owned(id);
        Instant now = clock.instant();
        expire(interview, now);
        return state(interview, now);
    }

    /** Saves the typed text of the current question, as the page does a few seconds after typing stops. */
    @Transactional
    public SaveResult saveAnswer(UUID id, long itemId, String text, int expectedRevision) {
        Interview interview = owned(id);
        InterviewItem item = item(interview, itemId);
        return save(item, text, expectedRevision, clock.instant());
    }

    /** Saves the text, closes the question and shows the next one (or finishes after the last). */
    @Transactional
    public InterviewState next(UUID id, long itemId, String text, int expectedRevision) {
        Interview interview = owned(id);
        InterviewItem item = item(interview, itemId);
        Instant now = clock.instant();
        save(item, text, expectedRevision, now);
        if (interview.isOpen() && item == interview.currentItem()) {
            item.close(item.isPastDeadline(now, grace) ? ClosedBy.TIMEOUT : ClosedBy.USER, now);
            interview.advance(now);
        }
        expire(interview, now);
        return state(interview, now);
    }

    /**
     * The page reports that the countdown reached zero, with the text as typed. The text is saved (it is still in
     * the grace period), then the server closes the question if its own clock agrees that time is up.
     */
    @Transactional
    public InterviewState timeUp(UUID id, long itemId, String text, int expectedRevision) {
        Interview interview = owned(id);
        InterviewItem item = item(interview, itemId);
        Instant now = clock.instant();
        save(item, text, expectedRevision, now);
        if (interview.isOpen() && item == interview.currentItem() && item.getDeadline() != null
                && !now.isBefore(item.getDeadline())) {
            item.close(ClosedBy.TIMEOUT, now);
            interview.advance(item.getClosedAt());
        }
        expire(interview, now);
        return state(interview, now);
    }

    /** A finished interview, question by question; refused while it is still running. */
    public InterviewReview review(UUID id) {
        Interview interview = owned(id);
        if (interview.isOpen()) {
            throw new InterviewException("This interview is still running: finish it to compare your answers.");
        }
        List<ReviewItem> items = interview.getItems().stream()
                .map(i -> new ReviewItem(i.getPosition() + 1, bank.text(i.getQuestionVersionId()), i.getAnswerText(),
                        i.getLateText(), i.getTimeUsedSeconds(), i.getTimeLimitSeconds(),
                        i.getClosedBy() == ClosedBy.TIMEOUT || i.getClosedBy() == ClosedBy.SERVER))
                .toList();
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

    private SaveResult save(InterviewItem item, String text, int expectedRevision, Instant now) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_ANSWER_LENGTH) {
            throw new InterviewException("Your answer is %,d characters long; the limit is %,d. Shorten it to save it."
                    .formatted(value.length(), MAX_ANSWER_LENGTH));
        }
        if (item.isPastDeadline(now, grace)) {
            if (!value.equals(item.getAnswerText()) && !value.equals(item.getLateText())) {
                item.keepLate(value, now);
            }
            return new SaveResult(SaveResult.Outcome.LATE, item.getAnswerRevision(), item.getAnswerSavedAt());
        }
        if (item.isClosed()) {
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

    /** Closes every question whose deadline plus grace has passed, and shows the one after. */
    private void expire(Interview interview, Instant now) {
        while (interview.isOpen()) {
            InterviewItem item = interview.currentItem();
            item.showIfNew(now);
            if (!item.isPastDeadline(now, grace)) {
                return;
            }
            item.close(ClosedBy.TIMEOUT, now);
            interview.advance(item.getClosedAt());
            now = later(now, item.getClosedAt());
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private InterviewState state(Interview interview, Instant now) {
        if (!interview.isOpen()) {
            return InterviewState.finished(interview.getId(), interview.getItems().size());
        }
        InterviewItem item = interview.currentItem();
        QuestionText text = bank.text(item.getQuestionVersionId());
        return new InterviewState(interview.getId(), false, item.getPosition() + 1, interview.getItems().size(),
                item.getId(), text, item.getAnswerText(), item.getAnswerRevision(), item.getDeadline(),
                item.getTimeLimitSeconds());
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
