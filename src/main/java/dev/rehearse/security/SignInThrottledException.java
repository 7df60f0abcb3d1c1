package dev.rehearse.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused before its password was looked at, because too many failed just before. As an account status
 * exception it stops the sign-in at once, and the same message is given whether the username exists or not.
 */
public class SignInThrottledException extends AccountStatusException {

    private final Duration wait;

    public SignInThrottledException(Duration wait, String message) {
        super(message);
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }
}
