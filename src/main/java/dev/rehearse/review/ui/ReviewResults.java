package dev.rehearse.review.ui;

import com.vaadin.flow.component.Component;
import dev.rehearse.coverage.CoverageService;
import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.interview.ui.InterviewResults;
import java.util.UUID;

/** Lends the interview page the review's comparison of an answer and the way to a finished interview's review. */
@org.springframework.stereotype.Component
class ReviewResults implements InterviewResults {

    private final CoverageService coverage;

    ReviewResults(CoverageService coverage) {
        this.coverage = coverage;
    }

    @Override
    public Component comparison(ClosedAnswer answer, int headingLevel) {
        return new AnswerComparison(answer, coverage.of(answer.question(), answer.answer()), headingLevel);
    }

    @Override
    public String reviewLocation(UUID interviewId) {
        return ReviewNavigation.reviewLocation(interviewId);
    }
}
