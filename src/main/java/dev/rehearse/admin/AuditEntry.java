package dev.rehearse.admin;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: when (by the app's clock), who (the administrator's username as it was), what (the
 * action, its target and a short detail) and from where (the client address the request came from, as the server
 * saw it: behind a proxy, the proxy's).
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String target, String detail,
        String clientAddress) {

    public static final int MAX_TARGET = 200;
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_ADDRESS = 64;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        target = fit(target, MAX_TARGET);
        detail = fit(detail, MAX_DETAIL);
        clientAddress = fit(clientAddress, MAX_ADDRESS);
    }

    /** Blank for nothing; longer text is cut with an ellipsis so that it fits its column. */
    static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
