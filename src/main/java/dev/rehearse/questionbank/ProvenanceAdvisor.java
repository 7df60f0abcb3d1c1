package dev.rehearse.questionbank;

import java.util.ArrayList;
import java.util.List;

/**
 * Warns on every question whose file does not yet say where its answer comes from: no {@code sources}, or no
 * {@code verified}. Such a file still loads; the real bank's test allows none.
 */
public final class ProvenanceAdvisor implements QuestionAdvisor {

    @Override
    public List<BankProblem> advise(List<ParsedQuestion> bank) {
        List<BankProblem> warnings = new ArrayList<>();
        for (ParsedQuestion q : bank) {
            Provenance p = q.metadata().provenance();
            if (p.sources().isEmpty()) {
                warnings.add(new BankProblem(q.path(), 1, "warning: no 'sources': list the documentation pages or "
                        + "source files the model answer rests on"));
            }
            if (p.verified() == null) {
                warnings.add(new BankProblem(q.path(), 1, "warning: no 'verified': say which FastAPI release and "
                        + "month the answer was checked against, such as 'fastapi 0.141, 2026-12'"));
            }
        }
        return warnings;
    }

    /** These warnings, then {@code other}'s. */
    public QuestionAdvisor and(QuestionAdvisor other) {
        return bank -> {
            List<BankProblem> all = new ArrayList<>(advise(bank));
            all.addAll(other.advise(bank));
            return all;
        };
    }
}
