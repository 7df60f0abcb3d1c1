package dev.rehearse.review.ui;

import com.vaadin.flow.component.Component;
import dev.rehearse.coverage.CoverageService;
import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.review.AnswerAssessment;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.interview.ui.InterviewResults;
import java.util.UUID;

/** Lends the interview page the review's comparison of an answer and the way to a finished interview's review. */
@org.springframework.stereotype.Component
class ReviewResults implements InterviewResults {

    private final CoverageService coverage;
    private final AssessmentService assessments;

    ReviewResults(CoverageService coverage, AssessmentService assessments) {
        this.coverage = coverage;
        this.assessments = assessments;
    }

    @Override
    public Component comparison(UUID interviewId, ClosedAnswer answer, int headingLevel) {
        return new AnswerComparison(interviewId, answer, coverage.of(answer.question(), answer.answer()),
                assessments.of(interviewId).getOrDefault(answer.position(), AnswerAssessment.NONE), assessments,
                headingLevel);
    }

    @Override
    public String reviewLocation(UUID interviewId) {
        return ReviewNavigation.reviewLocation(interviewId);
    }
}
