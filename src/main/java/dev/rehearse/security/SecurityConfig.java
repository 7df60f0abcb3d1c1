package dev.rehearse.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.rehearse.security.internal.DatabaseFolderGuard;
import dev.rehearse.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

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
