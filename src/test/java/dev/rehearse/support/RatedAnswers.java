package dev.rehearse.support;

import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import java.util.Set;
import java.util.UUID;

/** For tests of what follows a rating: one question answered by the signed-in person, then rated. */
public final class RatedAnswers {

    private RatedAnswers() {
    }

    /** Answers a one-question interview and rates the answer; returns the question's id. */
    public static String answerOneAndRate(InterviewService interviews, AssessmentService assessments,
            SelfRating rating) {
        UUID id = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
        InterviewState s = interviews.current(id);
        String question = s.onScreen().question().questionId();
        interviews.next(id, s.onScreen().itemId(), "not much", s.onScreen().revision());
        assessments.rate(id, 1, rating);
        return question;
    }
}
