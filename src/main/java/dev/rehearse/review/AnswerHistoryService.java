package dev.rehearse.review;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.review.internal.AnswerSearch;
import dev.rehearse.review.internal.AnswerSearch.AnswerLine;
import dev.rehearse.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's closed answers, searched and filtered, newest first, a page at a time. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AnswerHistoryService {

    /** How much of an answer a row shows. */
    static final int EXCERPT_LENGTH = 160;

    private final AnswerSearch search;
    private final QuestionBankService bank;
    private final CurrentUser currentUser;

    AnswerHistoryService(AnswerSearch search, QuestionBankService bank, CurrentUser currentUser) {
        this.search = search;
        this.bank = bank;
        this.currentUser = currentUser;
    }

    /** {@code limit} answers from {@code offset} that pass {@code filter}; refused in words when it cannot run. */
    public List<AnswerRow> answers(AnswerFilter filter, long offset, int limit) {
        String problem = filter.problem();
        if (problem != null) {
            throw new InterviewException(problem);
        }
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 and holds at least one row");
        }
        return search.page(currentUser.requireId(), filter, offset, limit).stream()
                .map(line -> row(line, filter.text()))
                .toList();
    }

    private AnswerRow row(AnswerLine line, String searched) {
        QuestionText q = bank.text(line.versionId());
        return new AnswerRow(line.interviewId(), line.position(), q.questionId(), q.title(), q.topic().name(),
                q.difficulty(), line.closedAt(), excerpt(line.answer(), searched),
                line.rating() == null ? null : SelfRating.valueOf(line.rating()), line.pointsMade(),
                line.pointsTotal(), ClosedBy.ranOutOfTime(line.closedBy()));
    }

    /** At most {@link #EXCERPT_LENGTH} characters of the answer on one line, around the first hit of the search. */
    static String excerpt(String answer, String searched) {
        String flat = answer == null ? "" : answer.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int hit = searched.isEmpty() ? -1 : flat.toLowerCase(Locale.ROOT).indexOf(searched.toLowerCase(Locale.ROOT));
        int start = hit < 0 ? 0 : Math.max(0, Math.min(hit - EXCERPT_LENGTH / 4, flat.length() - EXCERPT_LENGTH));
        String cut = flat.substring(start, start + EXCERPT_LENGTH);
        return (start > 0 ? "…" : "") + cut + (start + EXCERPT_LENGTH < flat.length() ? "…" : "");
    }
}
