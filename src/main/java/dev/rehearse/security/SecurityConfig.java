package dev.rehearse.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.rehearse.security.internal.AccountUserDetailsService;
import dev.rehearse.security.internal.DatabaseFolderGuard;
import dev.rehearse.security.internal.PasswordHashing;
import dev.rehearse.security.internal.RequestSizeLimit;
import dev.rehearse.security.internal.SignInThrottle;
import dev.rehearse.security.internal.ThrottlingAuthenticationProvider;
import dev.rehearse.security.ui.LoginView;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What a page may load and where it may be framed: everything from this server only. Vaadin's client needs inline
     * scripts and styles and {@code eval}; nothing comes from another origin, no plugin runs, no other site frames a
     * page, and forms post here only. AccessibilityIT fails on any violation in Chromium.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The sign-in form's "keep me signed in" box posts this field. */
    static final String REMEMBER_ME_PARAMETER = "remember-me";
    static final Duration REMEMBER_ME_FOR = Duration.ofDays(30);

    /**
     * Checks a remember-me sign-in inside one node: the token itself is looked up in the database, so any key works
     * as long as this process keeps it; a fresh one per start writes no secret anywhere.
     */
    private final String rememberMeKey = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProviderManager signIn, RequestUtil vaadinRequests,
            PersistentTokenRepository rememberMeTokens, AccountUserDetailsService users) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // the interview page's last save when it closes (signed in, with the CSRF token)
                .requestMatchers("/api/**").authenticated());
        http.authenticationManager(signIn);
        // Vaadin's own requests carry Vaadin's CSRF token; everything else, the sign-in form included, needs Spring's
        // (the form reads it from the page's _csrf meta tags). Vaadin's default would let the sign-in form post
        // without one, from any site.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Any other address is for signed-in people, so that a mistyped one shows the app's "page not found"
        // instead of an empty 403; each page's own access rules still apply.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(request -> request.authenticated()));
        http.rememberMe(remember -> remember
                .tokenRepository(rememberMeTokens)
                .userDetailsService(users)
                .key(rememberMeKey)
                .rememberMeParameter(REMEMBER_ME_PARAMETER)
                .tokenValiditySeconds((int) REMEMBER_ME_FOR.toSeconds()));
        http.headers(headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * Sign-in checks in order: the throttle (which stops a sign-in that must wait before its password is looked
     * at), the password, and the remember-me cookie. Outcomes go out as Spring Security's authentication events.
     */
    @Bean
    ProviderManager signIn(SignInThrottle throttle, AccountUserDetailsService users, PasswordEncoder passwordEncoder,
            ObjectProvider<AuthenticationEventPublisher> publisher, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(users);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(throttle), passwords,
                new RememberMeAuthenticationProvider(rememberMeKey));
        manager.setAuthenticationEventPublisher(
                publisher.getIfAvailable(() -> new DefaultAuthenticationEventPublisher(events)));
        return manager;
    }

    /** Every cookie, the remember-me one too, goes with same-site requests and top-level navigations only. */
    @Bean
    CookieSameSiteSupplier sameSiteCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    /** Remember-me tokens in the database: they survive a restart and work on every node. */
    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }

    /**
     * Request bodies are limited before anything reads them, first of all filters: 1 MB, and 22 MB for uploads (the
     * import takes up to 20 MB).
     */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${app.security.max-request-bytes:1048576}") long maxBytes,
            @Value("${app.security.max-upload-bytes:23068672}") long maxUploadBytes) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(maxBytes, maxUploadBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Keeps the embedded database's folder to the app's own user, before the database is opened. */
    @Bean
    static DatabaseFolderGuard databaseFolderGuard() {
        return new DatabaseFolderGuard();
    }

    /** PBKDF2 for new passwords; bcrypt hashes of before still match, and are upgraded at the next sign-in. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${app.security.password-iterations:310000}") int iterations) {
        return PasswordHashing.encoder(iterations);
    }
}
