package dev.rehearse.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's sign-in events to the throttle: a wrong password counts, a sign-in clears its name. */
@Component
class SignInOutcomes {

    private final SignInThrottle throttle;

    SignInOutcomes(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        throttle.failed(failure.getAuthentication().getName(),
                ThrottlingAuthenticationProvider.clientAddress(failure.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            throttle.succeeded(success.getAuthentication().getName());
        }
    }
}
