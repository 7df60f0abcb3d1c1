package dev.rehearse.admin;

import dev.rehearse.admin.internal.AuditStore;
import dev.rehearse.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of what administrators did. It is append-only: there is a way to add an entry and ways to read them,
 * and no way to change or remove one. {@link #record} joins the transaction of the action it records and refuses to
 * run without one, so an action and its entry commit together or not at all.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AuditLog {

    /** The most entries one read returns. */
    public static final int MAX_PAGE = 200;

    private final AuditStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in administrator, now, in the caller's transaction.
     *
     * @param clientAddress the address the request came from, as the page saw it (blank when unknown)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditAction action, String target, String detail, String clientAddress) {
        AuditEntry entry = new AuditEntry(0, clock.instant(), currentUser.requireName(), action, target, detail,
                clientAddress);
        long id = store.insert(currentUser.requireId(), entry);
        return new AuditEntry(id, entry.at(), entry.actor(), action, entry.target(), entry.detail(),
                entry.clientAddress());
    }

    /** Entries newest first, from {@code offset}, at most {@code limit} (up to {@value #MAX_PAGE}). */
    public List<AuditEntry> newestFirst(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are not negative");
        }
        return store.newestFirst(offset, Math.min(limit, MAX_PAGE));
    }

    public long count() {
        return store.count();
    }
}
