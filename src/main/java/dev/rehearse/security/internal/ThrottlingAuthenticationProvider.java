package dev.rehearse.security.internal;

import dev.rehearse.security.SignInThrottledException;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * First in the chain of sign-in checks: refuses a username-and-password sign-in while {@link SignInThrottle} says it
 * must wait, and otherwise lets the password check go on (by answering null).
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final SignInThrottle throttle;

    public ThrottlingAuthenticationProvider(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Duration wait = throttle.waitFor(authentication.getName(), clientAddress(authentication));
        if (wait.isPositive()) {
            throw new SignInThrottledException(wait, "Too many failed sign-ins. Wait %s, then try again."
                    .formatted(SignInThrottle.inWords(wait)));
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
