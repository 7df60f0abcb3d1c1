package dev.rehearse.attempts;

/** A request about attempts that was refused; the message is meant for the person. */
public class AttemptException extends RuntimeException {

    public AttemptException(String message) {
        super(message);
    }

    public static AttemptException noSuchQuestion() {
        return new AttemptException("There is no such question in the bank.");
    }
}
