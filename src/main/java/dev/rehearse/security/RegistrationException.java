package dev.rehearse.security;

/** A registration that was refused; the message is meant for the person registering. */
public class RegistrationException extends RuntimeException {

    public RegistrationException(String message) {
        super(message);
    }
}
