package dev.rehearse.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.questionbank.BankAdministration.ReloadResult;
import dev.rehearse.questionbank.BankAdministration.UploadOutcome;
import dev.rehearse.questionbank.BankAdministration.UploadResult;
import dev.rehearse.questionbank.ReloadPreview;
import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.support.BankFiles;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TemporaryBank;
import dev.rehearse.support.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.TestPropertySource;

/** Every change an administrator makes to the bank is in the audit log: applied or refused, accepted or not. */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + TemporaryBank.SHARED)
class BankAdminServiceTest {

    static final Path FOLDER = TemporaryBank.SHARED_FOLDER;
    static final String FROM = "203.0.113.7";

    @Autowired
    BankAdminService bank;
    @Autowired
    AuditLog audit;
    @Autowired
    QuestionBankSync sync;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void theTestBankAsItIs() {
        TemporaryBank.reset(FOLDER);
        sync.apply(new QuestionFolderLoader().load(FOLDER));
    }

    private AuditEntry newest() {
        return users.as("admin", () -> audit.newestFirst(0, 1)).getFirst();
    }

    @Test
    void anAppliedReloadIsRecordedWithWhoWhatWhenAndWhere() throws IOException {
        clock.advance(Duration.ofDays(1));
        Instant at = clock.instant();
        BankFiles.write(FOLDER, "alpha", "a-five", "A fifth answer.");
        ReloadPreview preview = users.as("admin", bank::previewReload);

        ReloadResult result = users.as("admin", () -> bank.applyReload(preview.fingerprint(), FROM));

        assertThat(result.applied()).isTrue();
        AuditEntry entry = newest();
        assertThat(entry.action()).isEqualTo(AuditAction.BANK_RELOAD_APPLIED);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.at()).isEqualTo(at);
        assertThat(entry.clientAddress()).isEqualTo(FROM);
        assertThat(entry.target()).isEqualTo(FOLDER.toString());
        assertThat(entry.detail()).isEqualTo("1 added, 0 changed, 0 retired, 0 problems; added a-five");
    }

    @Test
    void aReloadRefusedBecauseTheFolderChangedIsRecordedAndAppliesNothing() throws IOException {
        clock.advance(Duration.ofDays(1));
        ReloadPreview preview = users.as("admin", bank::previewReload);
        BankFiles.write(FOLDER, "alpha", "a-late", "Arrived after the preview.");

        ReloadResult result = users.as("admin", () -> bank.applyReload(preview.fingerprint(), FROM));

        assertThat(result.status()).isEqualTo(ReloadResult.Status.STALE);
        assertThat(newest().action()).isEqualTo(AuditAction.BANK_RELOAD_REFUSED);
        assertThat(newest().detail()).contains("changed since the preview");
        assertThat(users.as("admin", bank::overview).questions()).noneMatch(q -> q.id().equals("a-late"));
    }

    @Test
    void anUploadIsRecordedAcceptedOrRefusedWithItsProblems() {
        clock.advance(Duration.ofDays(1));
        UploadResult refused = users.as("admin", () -> bank.upload("alpha", "a-bad.md",
                "no front matter\n".getBytes(StandardCharsets.UTF_8), FROM));
        assertThat(refused.outcome()).isEqualTo(UploadOutcome.REFUSED);
        AuditEntry refusal = newest();
        assertThat(refusal.action()).isEqualTo(AuditAction.BANK_UPLOAD_REFUSED);
        assertThat(refusal.target()).isEqualTo(FOLDER.resolve("alpha/a-bad.md").toString());
        assertThat(refusal.detail()).isEqualTo("1 problem: " + FOLDER.resolve("alpha/a-bad.md")
                + ":1: no front matter: the file must start with a line of three dashes (---)");

        clock.advance(Duration.ofDays(1));
        byte[] good = """
                ---
                id: a-good
                title: A good upload
                difficulty: easy
                key_points:
                  - text: Says yes
                    match: [yes]
                ---

                ## Question

                Yes?

                ## Model answer

                Yes.
                """.getBytes(StandardCharsets.UTF_8);
        UploadResult accepted = users.as("admin", () -> bank.upload("alpha", "a-good.md", good, FROM));
        assertThat(accepted.outcome()).isEqualTo(UploadOutcome.ADDED);
        assertThat(newest().action()).isEqualTo(AuditAction.BANK_UPLOAD_ACCEPTED);
        assertThat(newest().detail()).isEqualTo("new question 'a-good' (A good upload)");
    }

    @Test
    void plainUsersAndAnonymousCallersAreRefused() {
        String user = users.register("bank-admin-service-plain");
        assertThatThrownBy(() -> users.as(user, bank::previewReload)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(user, () -> bank.upload("alpha", "a-x.md", new byte[0], FROM)))
                .isInstanceOf(AccessDeniedException.class);
        users.signOutToAnonymous();
        try {
            assertThatThrownBy(() -> bank.applyReload("x", FROM)).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        } finally {
            users.clear();
        }
    }
}
