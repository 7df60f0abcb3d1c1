package dev.rehearse.review;

import dev.rehearse.interview.InterviewException;
import dev.rehearse.review.internal.AssessmentStore;
import dev.rehearse.review.internal.AssessmentStore.ClosedItem;
import dev.rehearse.review.internal.CoverageReporter;
import dev.rehearse.scheduling.NextReview;
import dev.rehearse.scheduling.SchedulingService;
import dev.rehearse.security.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in person makes of their closed answers: corrections of the checker's ticks, a rating and a
 * private note. Only the owner of an interview can read or change these, and only for answers that are closed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AssessmentService {

    public static final int MAX_NOTE_LENGTH = 2000;

    private final AssessmentStore store;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SchedulingService scheduling;
    private final CoverageReporter coverage;

    AssessmentService(AssessmentStore store, CurrentUser currentUser, Clock clock, SchedulingService scheduling,
            CoverageReporter coverage) {
        this.store = store;
        this.coverage = coverage;
        this.currentUser = currentUser;
        this.clock = clock;
        this.scheduling = scheduling;
    }

    /** The assessments of the person's interview, by position; an answer not assessed is absent. */
    @Transactional(readOnly = true)
    public Map<Integer, AnswerAssessment> of(UUID interviewId) {
        if (interviewId == null || !store.owns(currentUser.requireId(), interviewId)) {
            return Map.of(); // not the person's: nothing of theirs to show
        }
        return store.forInterview(interviewId);
    }

    /**
     * Sets the person's own verdict on key point {@code point} (0-based) of one answer; the answer's coverage, as
     * scheduling sees it, follows.
     */
    public void correctTick(UUID interviewId, int position, int point, boolean covered) {
        ClosedItem item = closedItem(interviewId, position);
        if (point < 0 || point >= item.keyPoints()) {
            throw new IllegalArgumentException("That question has no key point " + (point + 1) + ".");
        }
        store.setTick(item.itemId(), point, covered);
        coverage.report(item.itemId());
    }

    /**
     * Rates one answer; {@code null} takes the rating back. The question's memory card is then replayed from every
     * rating the person gave it, so a changed rating reschedules it as if it had been given so at first.
     */
    public void rate(UUID interviewId, int position, SelfRating rating) {
        ClosedItem item = closedItem(interviewId, position);
        store.setRating(item.itemId(), rating, clock.instant());
        scheduling.reschedule(item.questionId(), store.ratingsOf(currentUser.requireId(), item.questionId()));
    }

    /** When the question of one answer comes back for review; empty while the person never rated it. */
    @Transactional(readOnly = true)
    public Optional<NextReview> nextReview(UUID interviewId, int position) {
        return scheduling.nextReview(closedItem(interviewId, position).questionId());
    }

    /** Keeps a private note on one answer (blank removes it); longer than {@value #MAX_NOTE_LENGTH} is refused. */
    public void saveNote(UUID interviewId, int position, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("A note holds at most %d characters; this one has %d."
                    .formatted(MAX_NOTE_LENGTH, text.length()));
        }
        store.setNote(closedItem(interviewId, position).itemId(), text.isEmpty() ? null : text, clock.instant());
    }

    private ClosedItem closedItem(UUID interviewId, int position) {
        if (interviewId == null) {
            throw InterviewException.notFound();
        }
        return store.closedItem(currentUser.requireId(), interviewId, position)
                .orElseThrow(InterviewException::notFound);
    }
}
