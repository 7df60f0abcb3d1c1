package dev.rehearse.attempts;

import dev.rehearse.questionbank.QuestionText;
import java.util.List;

/**
 * A question as it is now ({@code current}), whether it can still be asked ({@code askable}: not retired), and
 * every closed answer of the signed-in person to it, newest first.
 */
public record QuestionAttempts(QuestionText current, boolean askable, List<Attempt> attempts) {

    public QuestionAttempts {
        attempts = List.copyOf(attempts);
    }

    public boolean isEmpty() {
        return attempts.isEmpty();
    }
}
