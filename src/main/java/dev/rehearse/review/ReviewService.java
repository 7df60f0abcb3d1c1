package dev.rehearse.review;

import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewStatus;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.review.internal.ReviewQueries;
import dev.rehearse.review.internal.ReviewQueries.HistoryLine;
import dev.rehearse.review.internal.ReviewQueries.InterviewLine;
import dev.rehearse.security.CurrentUser;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looking back, for the signed-in user: the history of interviews a page at a time, the latest results, and a
 * finished interview answer by answer beside the model answers it was given against.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewService {

    private final ReviewQueries queries;
    private final QuestionBankService bank;
    private final CurrentUser currentUser;

    ReviewService(ReviewQueries queries, QuestionBankService bank, CurrentUser currentUser) {
        this.queries = queries;
        this.bank = bank;
        this.currentUser = currentUser;
    }

    /** A finished interview, answer by answer; refused while it is still running. */
    public InterviewReview review(UUID id) {
        long owner = currentUser.requireId();
        InterviewLine interview = (id == null ? null : queries.interview(owner, id).orElse(null));
        if (interview == null) {
            throw InterviewException.notFound();
        }
        if (interview.status() == InterviewStatus.OPEN) {
            throw new InterviewException("This interview is still running: finish it to compare your answers.");
        }
        List<ClosedAnswer> answers = queries.answers(id).stream()
                .map(a -> new ClosedAnswer(a.position(), bank.text(a.versionId()), a.answer(), a.lateText(), a.time()))
                .toList();
        return new InterviewReview(interview.id(), interview.startedAt(), interview.finishedAt(), answers);
    }

    /** The person's interviews, running or finished, newest first: {@code limit} rows from {@code offset}. */
    public List<HistoryRow> history(long offset, int limit) {
        return rows(EnumSet.allOf(InterviewStatus.class), offset, limit);
    }

    /** The person's newest finished interviews. */
    public List<HistoryRow> latestResults(int limit) {
        return rows(EnumSet.of(InterviewStatus.FINISHED), 0, limit);
    }

    /** Whether the person has started any interview at all. */
    public boolean hasHistory() {
        return queries.hasAny(currentUser.requireId());
    }

    private List<HistoryRow> rows(Set<InterviewStatus> statuses, long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 and holds at least one row");
        }
        return queries.history(currentUser.requireId(), statuses, offset, limit).stream().map(this::row).toList();
    }

    /** Topic names come from the bank's versions, which it keeps in memory: no query per row. */
    private HistoryRow row(HistoryLine line) {
        Set<String> topics = new LinkedHashSet<>();
        line.versionIds().forEach(v -> topics.add(bank.text(v).topic().name()));
        return new HistoryRow(line.id(), line.status(), line.startedAt(), line.finishedAt(), line.totals(),
                List.copyOf(topics));
    }
}
