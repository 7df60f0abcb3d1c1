package dev.rehearse.interview;

import dev.rehearse.questionbank.Difficulty;
import java.util.Set;

/**
 * What a person chooses before starting: how many questions, the time per question (null: each question's own
 * suggested time, which follows its difficulty), the topics and difficulties to draw from (empty: any), the mode,
 * and whether the time is per question or shared by the whole interview.
 */
public record InterviewSetup(int questionCount, Integer secondsPerQuestion, Set<String> topics,
        Set<Difficulty> difficulties, InterviewMode mode, TimeLimitKind limitKind) {

    public static final int MIN_QUESTIONS = 1;
    public static final int MAX_QUESTIONS = 20;
    public static final int DEFAULT_QUESTIONS = 5;
    public static final int MIN_SECONDS = 30;
    public static final int MAX_SECONDS = 30 * 60;

    public InterviewSetup {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        difficulties = difficulties == null ? Set.of() : Set.copyOf(difficulties);
        mode = mode == null ? InterviewMode.MOCK : mode;
        limitKind = limitKind == null ? TimeLimitKind.PER_QUESTION : limitKind;
    }

    /** A mock interview with a limit per question. */
    public InterviewSetup(int questionCount, Integer secondsPerQuestion, Set<String> topics,
            Set<Difficulty> difficulties) {
        this(questionCount, secondsPerQuestion, topics, difficulties, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
    }

    /** The first thing wrong with these settings, in words for the person, or null when they are fine. */
    public String problem() {
        if (questionCount < MIN_QUESTIONS || questionCount > MAX_QUESTIONS) {
            return "Choose between %d and %d questions.".formatted(MIN_QUESTIONS, MAX_QUESTIONS);
        }
        if (secondsPerQuestion != null && (secondsPerQuestion < MIN_SECONDS || secondsPerQuestion > MAX_SECONDS)) {
            return "The time per question must be between 30 seconds and 30 minutes.";
        }
        return null;
    }
}
