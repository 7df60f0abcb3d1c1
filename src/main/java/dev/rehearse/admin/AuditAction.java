package dev.rehearse.admin;

/** What an administrator did, as the audit log names it. Stored by name: never rename a constant. */
public enum AuditAction {
    BANK_RELOAD_APPLIED("Bank reload applied"),
    BANK_RELOAD_REFUSED("Bank reload refused"),
    BANK_UPLOAD_ACCEPTED("Question file added"),
    BANK_UPLOAD_REFUSED("Question file refused"),
    ACCOUNT_ENABLED("Account enabled"),
    ACCOUNT_DISABLED("Account disabled"),
    PASSWORD_RESET("Password reset"),
    ADMIN_GRANTED("Administrator role granted"),
    ADMIN_REMOVED("Administrator role removed"),
    ACCOUNT_ACTION_REFUSED("Account change refused");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
