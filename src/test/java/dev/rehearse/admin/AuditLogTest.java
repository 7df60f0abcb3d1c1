package dev.rehearse.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.admin.internal.AuditStore;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TemporaryBank;
import dev.rehearse.support.TestUsers;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log: written in the action's transaction, read newest first a page at a time, never changed. */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + TemporaryBank.SHARED)
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate transactions;

    private AuditEntry recordAt(Instant at, String target) {
        clock.set(at);
        return users.as("admin", () -> transactions.execute(s -> audit.record(AuditAction.BANK_UPLOAD_REFUSED,
                target, "a detail", "198.51.100.4")));
    }

    @Test
    void entriesSayWhoWhatWhenAndWhereAndComeBackNewestFirstAPageAtATime() {
        Instant base = clock.instant().plus(Duration.ofDays(1));
        recordAt(base, "first");
        recordAt(base.plus(Duration.ofMinutes(1)), "second");
        AuditEntry third = recordAt(base.plus(Duration.ofMinutes(2)), "third");

        List<AuditEntry> page = users.as("admin", () -> audit.newestFirst(0, 2));
        assertThat(page).extracting(AuditEntry::target).containsExactly("third", "second");
        assertThat(users.as("admin", () -> audit.newestFirst(2, 1))).extracting(AuditEntry::target)
                .containsExactly("first");
        AuditEntry newest = page.getFirst();
        assertThat(newest.id()).isEqualTo(third.id());
        assertThat(newest.actor()).isEqualTo("admin");
        assertThat(newest.action()).isEqualTo(AuditAction.BANK_UPLOAD_REFUSED);
        assertThat(newest.at()).isEqualTo(base.plus(Duration.ofMinutes(2)));
        assertThat(newest.clientAddress()).isEqualTo("198.51.100.4");
        assertThat(newest.detail()).isEqualTo("a detail");
    }

    @Test
    void aLongDetailIsCutToFitAndNothingIsLost() {
        String longDetail = "x".repeat(AuditEntry.MAX_DETAIL + 50);
        clock.advance(Duration.ofDays(10));
        AuditEntry entry = users.as("admin", () -> transactions.execute(s -> audit.record(
                AuditAction.BANK_RELOAD_APPLIED, "questions", longDetail, "")));

        assertThat(entry.detail()).hasSize(AuditEntry.MAX_DETAIL).endsWith("…");
        assertThat(users.as("admin", () -> audit.newestFirst(0, 1)).getFirst().detail()).isEqualTo(entry.detail());
    }

    @Test
    void anEntryIsOnlyWrittenInsideTheTransactionOfItsAction() {
        assertThatThrownBy(() -> users.as("admin", () -> audit.record(AuditAction.BANK_RELOAD_APPLIED, "questions",
                "outside any transaction", ""))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEntryRolledBackWithItsActionIsGone() {
        long before = users.as("admin", audit::count);
        users.as("admin", () -> transactions.executeWithoutResult(s -> {
            audit.record(AuditAction.BANK_RELOAD_APPLIED, "questions", "then the action fails", "");
            s.setRollbackOnly();
        }));
        assertThat(users.as("admin", audit::count)).isEqualTo(before);
    }

    @Test
    void theLogHasNoWayToChangeOrRemoveAnEntry() {
        assertThat(publicMethods(AuditLog.class)).containsExactlyInAnyOrder("record", "newestFirst", "count");
        assertThat(publicMethods(AuditStore.class)).containsExactlyInAnyOrder("insert", "newestFirst", "count");
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).toList();
    }

    @Test
    void plainUsersAndAnonymousCallersCannotReadOrWriteIt() {
        String user = users.register("audit-plain");
        assertThatThrownBy(() -> users.as(user, () -> audit.newestFirst(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(user, () -> transactions.execute(s -> audit.record(
                AuditAction.BANK_RELOAD_APPLIED, "questions", "forged", "")))).isInstanceOf(AccessDeniedException.class);
        users.signOutToAnonymous();
        try {
            assertThatThrownBy(() -> audit.count()).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        } finally {
            users.clear();
        }
    }
}
