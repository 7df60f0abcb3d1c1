package dev.rehearse.security;

/** What a person types to change their password: the current one, and the new one twice. */
public record PasswordChange(String current, String replacement, String confirmation) {

    /** The first thing wrong with the new password, in words for the person, or null when it is fine. */
    public String problem(String username) {
        String weakness = PasswordPolicy.problem(replacement, username);
        if (weakness != null) {
            return weakness;
        }
        if (!replacement.equals(confirmation)) {
            return "The two new passwords are not the same.";
        }
        if (replacement.equals(current)) {
            return "The new password is the same as the current one. Choose a new one.";
        }
        return null;
    }
}
