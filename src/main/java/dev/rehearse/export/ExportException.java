package dev.rehearse.export;

/** An export or import that was refused; the message is meant for the person, and nothing was changed. */
public class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }
}
