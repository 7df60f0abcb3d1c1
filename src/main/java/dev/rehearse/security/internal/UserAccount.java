package dev.rehearse.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "username_key", nullable = false)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "extra_time_percent", nullable = false)
    private int extraTimePercent = 100;

    @Column(name = "hidden_countdown", nullable = false)
    private boolean hiddenCountdown;

    @Column(name = "dark_theme", nullable = false)
    private boolean darkTheme;

    @Column(name = "desired_retention_percent", nullable = false)
    private int desiredRetentionPercent = 90;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, List<String> roles, Instant createdAt) {
        this.username = username;
        this.usernameKey = key(username);
        this.passwordHash = passwordHash;
        this.roles = String.join(",", roles);
        this.createdAt = createdAt;
    }

    /** Usernames are unique without regard to case. */
    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }

    public int getExtraTimePercent() { return extraTimePercent; }
    public boolean isHiddenCountdown() { return hiddenCountdown; }
    public boolean isDarkTheme() { return darkTheme; }

    public int getDesiredRetentionPercent() { return desiredRetentionPercent; }

    public void changeSettings(int extraTimePercent, boolean hiddenCountdown, boolean darkTheme,
            int desiredRetentionPercent) {
        this.extraTimePercent = extraTimePercent;
        this.hiddenCountdown = hiddenCountdown;
        this.darkTheme = darkTheme;
        this.desiredRetentionPercent = desiredRetentionPercent;
    }

    public boolean isMustChangePassword() { return mustChangePassword; }

    /** A new password hash; {@code mustChange} when it is a one-time password the person must replace. */
    public void changePassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    /** The same password, hashed anew (a stronger scheme than the one it was stored with). */
    public void rehashPassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean hasRole(String role) {
        return getRoles().contains(role);
    }

    public void grant(String role) {
        if (!hasRole(role)) {
            this.roles = roles.isBlank() ? role : roles + "," + role;
        }
    }

    public void revoke(String role) {
        this.roles = String.join(",", getRoles().stream().filter(r -> !r.equals(role)).toList());
    }

    public List<String> getRoles() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
