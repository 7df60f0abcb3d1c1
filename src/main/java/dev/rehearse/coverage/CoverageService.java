package dev.rehearse.coverage;

import dev.rehearse.questionbank.QuestionText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the pages ask of the checker: the coverage of one answer to one version of a question. */
@Service
@PreAuthorize("isAuthenticated()")
public class CoverageService {

    private final CoverageChecker checker;

    CoverageService(CoverageChecker checker) {
        this.checker = checker;
    }

    /** Which key points of {@code question} the answer makes, with the words that made them. */
    public Coverage of(QuestionText question, String answer) {
        return checker.check(question.questionText(), question.content().keyPoints(), answer);
    }
}
