package dev.rehearse.review.internal;

import dev.rehearse.coverage.Coverage;
import dev.rehearse.coverage.CoverageChecker;
import dev.rehearse.coverage.PointCoverage;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.review.internal.AnswerCoverageStore.ClosedAnswerRow;
import dev.rehearse.scheduling.AnswerCovered;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces how many key points a closed answer made ({@link AnswerCovered}): the checker's verdict, judged once
 * and kept, with the person's corrections on top.
 */
@Component
public class CoverageReporter {

    private final AnswerCoverageStore store;
    private final CoverageChecker checker;
    private final QuestionBankService bank;
    private final ApplicationEventPublisher events;

    CoverageReporter(AnswerCoverageStore store, CoverageChecker checker, QuestionBankService bank,
            ApplicationEventPublisher events) {
        this.store = store;
        this.checker = checker;
        this.bank = bank;
        this.events = events;
    }

    /** Announces the coverage of one closed answer; an item that is not closed has none yet. */
    public void report(long itemId) {
        store.closedAnswer(itemId).ifPresent(answer -> {
            String verdicts = answer.verdicts() != null ? answer.verdicts() : judge(answer);
            Map<Integer, Boolean> corrected = store.corrections(itemId);
            int made = 0;
            for (int i = 0; i < verdicts.length(); i++) {
                if (corrected.getOrDefault(i, verdicts.charAt(i) == '1')) {
                    made++;
                }
            }
            store.savePointsMade(itemId, made);
            events.publishEvent(new AnswerCovered(answer.ownerId(), answer.questionId(), answer.closedAt(), made,
                    verdicts.length()));
        });
    }

    private String judge(ClosedAnswerRow answer) {
        QuestionText question = bank.text(answer.versionId());
        Coverage coverage = checker.check(question.questionText(), question.content().keyPoints(), answer.answer());
        String verdicts = coverage.points().stream().map(p -> p.covered() ? "1" : "0")
                .collect(Collectors.joining());
        store.saveVerdicts(answer.itemId(), verdicts);
        return verdicts;
    }
}
