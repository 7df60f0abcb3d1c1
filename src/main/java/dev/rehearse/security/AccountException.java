package dev.rehearse.security;

/** A change to an account that was refused; the message is meant for the account's owner. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
