package dev.rehearse.security;

import java.util.regex.Pattern;

/** What a person types to register. The limits are shared with the form. */
public record Registration(String username, String password, String confirmation) {

    public static final int MIN_USERNAME = 3;
    public static final int MAX_USERNAME = 40;
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]+");

    /** The first thing wrong with this registration, in words for the person, or null when it is fine. */
    public String problem() {
        String name = username == null ? "" : username.strip();
        if (name.length() < MIN_USERNAME || name.length() > MAX_USERNAME) {
            return "Choose a username of %d to %d characters.".formatted(MIN_USERNAME, MAX_USERNAME);
        }
        if (!USERNAME.matcher(name).matches()) {
            return "A username may use letters, digits, dots, hyphens and underscores only.";
        }
        String weakness = PasswordPolicy.problem(password, name);
        if (weakness != null) {
            return weakness;
        }
        if (!password.equals(confirmation)) {
            return "The two passwords are not the same.";
        }
        return null;
    }
}
