package dev.rehearse.attempts;

import dev.rehearse.attempts.internal.AttemptQueries;
import dev.rehearse.attempts.internal.AttemptQueries.AttemptRow;
import dev.rehearse.attempts.internal.WordDiff;
import dev.rehearse.coverage.CoverageService;
import dev.rehearse.interview.ClosedBy;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.review.SelfRating;
import dev.rehearse.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's attempts at one question, and two of them compared. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AttemptService {

    private final AttemptQueries queries;
    private final QuestionBankService bank;
    private final CoverageService coverage;
    private final CurrentUser currentUser;

    AttemptService(AttemptQueries queries, QuestionBankService bank, CoverageService coverage,
            CurrentUser currentUser) {
        this.queries = queries;
        this.bank = bank;
        this.coverage = coverage;
        this.currentUser = currentUser;
    }

    /** The question as it is now and every closed answer of the person to it, newest first. */
    public QuestionAttempts of(String questionId) {
        QuestionText current = bank.current(questionId).orElseThrow(AttemptException::noSuchQuestion);
        List<AttemptRow> rows = queries.closedAnswers(currentUser.requireId(), questionId);
        Map<Long, Map<Integer, Boolean>> corrections = queries.corrections(rows.stream().map(AttemptRow::itemId)
                .toList());
        List<Attempt> attempts = rows.stream()
                .map(r -> attempt(r, corrections.getOrDefault(r.itemId(), Map.of())))
                .toList();
        return new QuestionAttempts(current, bank.drawExactly(questionId).isPresent(), attempts);
    }

    /** {@code later} against {@code earlier}: the words added and removed, and the key points gained and lost. */
    public static AttemptComparison compare(Attempt earlier, Attempt later) {
        Set<String> before = new LinkedHashSet<>(earlier.madePoints());
        Set<String> after = new LinkedHashSet<>(later.madePoints());
        List<String> gained = new ArrayList<>(after);
        gained.removeAll(before);
        List<String> lost = new ArrayList<>(before);
        lost.removeAll(after);
        return new AttemptComparison(earlier, later, WordDiff.between(earlier.answer(), later.answer()), gained,
                lost);
    }

    private Attempt attempt(AttemptRow r, Map<Integer, Boolean> corrected) {
        QuestionText asked = bank.text(r.versionId());
        int points = asked.content().keyPoints().size();
        List<Boolean> byChecker = r.verdicts() != null && r.verdicts().length() == points
                ? r.verdicts().chars().mapToObj(c -> c == '1').toList()
                : coverage.of(asked, r.answer()).points().stream().map(p -> p.covered()).toList();
        List<Boolean> made = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            made.add(corrected.getOrDefault(i, byChecker.get(i)));
        }
        return new Attempt(r.interviewId(), r.position(), r.closedAt(), asked, r.answer(),
                r.rating() == null ? null : SelfRating.valueOf(r.rating()), made, r.timeUsedSeconds(),
                r.timeLimitSeconds(), ClosedBy.ranOutOfTime(r.closedBy()));
    }
}
