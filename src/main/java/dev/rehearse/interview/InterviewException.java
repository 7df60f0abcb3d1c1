package dev.rehearse.interview;

/** A request about an interview that was refused; the message is meant for the person. */
public class InterviewException extends RuntimeException {

    public InterviewException(String message) {
        super(message);
    }

    /** The same answer for an id that does not exist and one that belongs to someone else: nothing leaks. */
    public static InterviewException notFound() {
        return new InterviewException("This interview does not exist, or it belongs to another account.");
    }
}
