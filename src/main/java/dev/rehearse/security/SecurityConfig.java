package dev.rehearse.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.rehearse.security.internal.DatabaseFolderGuard;
import dev.rehearse.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // the interview page's last save when it closes (signed in, with the CSRF token)
                .requestMatchers("/api/**").authenticated());
        // Any other address is for signed-in people, so that a mistyped one shows the app's "page not found"
        // instead of an empty 403; each page's own access rules still apply.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(request -> request.authenticated()));
        http.headers(headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** Keeps the embedded database's folder to the app's own user, before the database is opened. */
    @Bean
    static DatabaseFolderGuard databaseFolderGuard() {
        return new DatabaseFolderGuard();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working if the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
