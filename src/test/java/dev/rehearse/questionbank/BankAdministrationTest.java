package dev.rehearse.questionbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.questionbank.BankAdministration.ReloadResult;
import dev.rehearse.questionbank.BankAdministration.UploadOutcome;
import dev.rehearse.questionbank.BankAdministration.UploadResult;
import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.support.BankFiles;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TemporaryBank;
import dev.rehearse.support.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.TestPropertySource;

/**
 * An administrator's work on the bank: a reload is previewed without writing, applied only as previewed, and held
 * by the mass-retire guard; an uploaded file is checked as the folder's are and written only when it passes.
 */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + TemporaryBank.SHARED)
class BankAdministrationTest {

    static final Path FOLDER = TemporaryBank.SHARED_FOLDER;

    @Autowired
    BankAdministration admin;
    @Autowired
    QuestionBankSync sync;
    @Autowired
    TestUsers users;

    @BeforeEach
    void theTestBankAsItIs() {
        TemporaryBank.reset(FOLDER);
        sync.apply(new QuestionFolderLoader().load(FOLDER));
    }

    private <T> T asAdmin(Supplier<T> action) {
        return users.as("admin", action);
    }

    private List<String> activeIds() {
        return asAdmin(() -> admin.overview().questions().stream().filter(q -> !q.retired())
                .map(BankAdministration.Entry::id).sorted().toList());
    }

    private static final String VALID = """
            ---
            id: %s
            title: An uploaded question
            difficulty: medium
            key_points:
              - text: Says the word
                match: [word]
            ---

            ## Question

            What is the word?

            ## Model answer

            The word is **word**.
            """;

    private static byte[] valid(String id) {
        return VALID.formatted(id).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theOverviewCountsActiveQuestionsByTopicAndDifficulty() {
        BankAdministration.Overview overview = asAdmin(admin::overview);

        assertThat(overview.active()).isEqualTo(7);
        assertThat(overview.topics()).extracting(t -> t.topic().name())
                .containsExactly("Alpha topic", "Beta topic", "Gamma");
        BankAdministration.TopicCounts alpha = overview.topics().getFirst();
        assertThat(alpha.totalActive()).isEqualTo(4);
        assertThat(overview.active(Difficulty.EASY) + overview.active(Difficulty.MEDIUM)
                + overview.active(Difficulty.HARD)).isEqualTo(7);
        assertThat(asAdmin(() -> admin.question("a-one")).orElseThrow().content().modelAnswer())
                .contains("marker-a-one");
    }

    @Test
    void aPreviewSaysWhatWouldChangeAndWritesNothing() throws IOException {
        BankFiles.write(FOLDER, "alpha", "a-five", "A fifth answer.");
        Path one = FOLDER.resolve("alpha/a-one.md");
        Files.writeString(one, Files.readString(one).replace("The marker is", "Now the marker is"));
        Files.delete(FOLDER.resolve("beta/b-two.md"));
        Files.writeString(FOLDER.resolve("gamma/g-broken.md"), "no front matter here\n");

        ReloadPreview preview = asAdmin(admin::previewReload);

        assertThat(preview.added()).extracting(BankChange::id).containsExactly("a-five");
        assertThat(preview.changed()).extracting(BankChange::id, BankChange::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-one", "new text"));
        assertThat(preview.retired()).extracting(BankChange::id).containsExactly("b-two");
        assertThat(preview.problems()).extracting(BankProblem::toString).containsExactly(FOLDER.resolve(
                "gamma/g-broken.md") + ":1: no front matter: the file must start with a line of three dashes (---)");
        assertThat(preview.blocked()).isFalse();
        assertThat(preview.changeSummary()).isEqualTo("1 added, 1 changed, 1 retired, 1 problem");
        // nothing applied yet
        assertThat(activeIds()).contains("b-two").doesNotContain("a-five");
        assertThat(asAdmin(() -> admin.question("a-one")).orElseThrow().content().modelAnswer())
                .startsWith("The marker is");
    }

    @Test
    void applyingThePreviewBringsTheBankInLineAndRemembersTheLoad() throws IOException {
        BankFiles.write(FOLDER, "alpha", "a-five", "A fifth answer.");
        Files.delete(FOLDER.resolve("beta/b-two.md"));
        Files.writeString(FOLDER.resolve("gamma/g-broken.md"), "no front matter here\n");
        ReloadPreview preview = asAdmin(admin::previewReload);

        ReloadResult result = users.as("admin", () -> admin.applyReload(preview.fingerprint()));

        assertThat(result.status()).isEqualTo(ReloadResult.Status.APPLIED);
        assertThat(activeIds()).contains("a-five").doesNotContain("b-two");
        BankAdministration.LastLoad last = asAdmin(admin::lastLoad).orElseThrow();
        assertThat(last.applied()).isTrue();
        assertThat(last.report().problems()).extracting(BankProblem::toString)
                .anyMatch(p -> p.startsWith(FOLDER.resolve("gamma/g-broken.md") + ":1: no front matter"));
    }

    @Test
    void aFolderChangedAfterThePreviewIsNotAppliedAndTheNewPreviewComesBack() throws IOException {
        BankFiles.write(FOLDER, "alpha", "a-five", "A fifth answer.");
        ReloadPreview preview = asAdmin(admin::previewReload);
        BankFiles.write(FOLDER, "alpha", "a-six", "A sixth answer.");

        ReloadResult result = asAdmin(() -> admin.applyReload(preview.fingerprint()));

        assertThat(result.status()).isEqualTo(ReloadResult.Status.STALE);
        assertThat(result.message()).contains("changed since the preview").contains("nothing was applied");
        assertThat(result.preview().added()).extracting(BankChange::id).containsExactly("a-five", "a-six");
        assertThat(activeIds()).doesNotContain("a-five", "a-six");

        ReloadResult second = asAdmin(() -> admin.applyReload(result.preview().fingerprint()));
        assertThat(second.applied()).isTrue();
        assertThat(activeIds()).contains("a-five", "a-six");
    }

    @Test
    void theMassRetireGuardHoldsForAReloadToo() throws IOException {
        for (String file : List.of("alpha/a-one.md", "alpha/a-two.md", "alpha/a-three.md", "alpha/a-four.md",
                "beta/b-one.md", "beta/b-two.md", "gamma/g-one.md")) {
            Files.delete(FOLDER.resolve(file));
        }
        ReloadPreview preview = asAdmin(admin::previewReload);
        assertThat(preview.blocked()).isTrue();
        assertThat(preview.blockedReason()).contains("would retire 7 of them");

        ReloadResult result = asAdmin(() -> admin.applyReload(preview.fingerprint()));

        assertThat(result.status()).isEqualTo(ReloadResult.Status.BLOCKED);
        assertThat(activeIds()).hasSize(7);
    }

    @Test
    void aValidFileIsWrittenIntoItsTopicAndAddedAlone() throws IOException {
        BankFiles.write(FOLDER, "beta", "b-pending", "Not previewed, so not applied by the upload.");

        UploadResult result = asAdmin(() -> admin.upload("alpha", "a-uploaded.md", valid("a-uploaded")));

        assertThat(result.outcome()).isEqualTo(UploadOutcome.ADDED);
        assertThat(result.path()).isEqualTo(FOLDER.resolve("alpha/a-uploaded.md").toString());
        assertThat(Files.readAllBytes(FOLDER.resolve("alpha/a-uploaded.md"))).isEqualTo(valid("a-uploaded"));
        assertThat(activeIds()).contains("a-uploaded").doesNotContain("b-pending");
        assertThat(result.warnings()).extracting(BankProblem::message).anyMatch(m -> m.contains("no 'sources'"));
    }

    @Test
    void aFileOfTheSameNameInItsTopicIsReplacedAsANewVersion() throws IOException {
        byte[] edited = Files.readString(FOLDER.resolve("alpha/a-one.md"))
                .replace("The marker is", "Edited: the marker is").getBytes(StandardCharsets.UTF_8);

        UploadResult result = asAdmin(() -> admin.upload("alpha", "a-one.md", edited));

        assertThat(result.outcome()).isEqualTo(UploadOutcome.NEW_VERSION);
        assertThat(result.replaced()).isTrue();
        assertThat(asAdmin(() -> admin.question("a-one")).orElseThrow().content().modelAnswer())
                .startsWith("Edited: the marker is");
        assertThat(asAdmin(() -> admin.upload("alpha", "a-one.md", edited)).outcome())
                .isEqualTo(UploadOutcome.UNCHANGED);
    }

    @Test
    void aBrokenFileIsRefusedWithItsProblemsAndNothingIsWritten() {
        byte[] broken = """
                ---
                id: a-broken
                title: Broken
                difficulty: impossible
                ---

                ## Question

                Why?
                """.getBytes(StandardCharsets.UTF_8);

        UploadResult result = asAdmin(() -> admin.upload("alpha", "a-broken.md", broken));

        assertThat(result.outcome()).isEqualTo(UploadOutcome.REFUSED);
        String path = FOLDER.resolve("alpha/a-broken.md").toString();
        assertThat(result.problems()).extracting(BankProblem::toString).contains(
                path + ":4: unknown difficulty 'impossible' (use easy, medium or hard)",
                path + ":10: missing '## Model answer' section");
        assertThat(Files.exists(FOLDER.resolve("alpha/a-broken.md"))).isFalse();
        assertThat(activeIds()).doesNotContain("a-broken");
    }

    @Test
    void aNameThatIsNotAQuestionFileInTheFolderIsRefused() {
        for (String name : List.of("../escape.md", "alpha/sneaky.md", "..\\escape.md", ".hidden.md", "notes.txt",
                "README.md", "Upper Case.md", "")) {
            UploadResult result = asAdmin(() -> admin.upload("alpha", name, valid("escape")));
            assertThat(result.outcome()).as(name).isEqualTo(UploadOutcome.REFUSED);
            assertThat(result.problems()).as(name).hasSize(1);
        }
        assertThat(asAdmin(() -> admin.upload("../outside", "escape.md", valid("escape"))).problems())
                .extracting(BankProblem::message)
                .containsExactly("topic folder '../outside' must be 1 to 80 lower-case letters, digits and hyphens");
        assertThat(asAdmin(() -> admin.upload("", "escape.md", valid("escape"))).problems())
                .extracting(BankProblem::message).containsExactly("choose the topic folder the question goes in");
        assertThat(Files.exists(FOLDER.resolveSibling("escape.md"))).isFalse();
        assertThat(Files.exists(FOLDER.resolve("escape.md"))).isFalse();
        assertThat(Files.exists(FOLDER.resolve("alpha/escape.md"))).isFalse();
    }

    @Test
    void anIdTakenInAnotherTopicIsRefused() {
        UploadResult result = asAdmin(() -> admin.upload("beta", "a-one.md", valid("a-one")));

        assertThat(result.outcome()).isEqualTo(UploadOutcome.REFUSED);
        assertThat(result.problems()).extracting(BankProblem::toString).containsExactly(
                FOLDER.resolve("beta/a-one.md") + ":2: duplicate id 'a-one': " + FOLDER.resolve("alpha/a-one.md")
                        + " already uses it (an id names one file in the whole bank)");
        assertThat(Files.exists(FOLDER.resolve("beta/a-one.md"))).isFalse();
    }

    @Test
    void aFileTooLargeIsRefused() {
        byte[] big = new byte[BankAdministration.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'x');

        assertThat(asAdmin(() -> admin.upload("alpha", "a-big.md", big)).problems())
                .extracting(BankProblem::message).containsExactly("file is 257 KB, larger than the limit of 256 KB");
    }

    @Test
    void plainUsersAndAnonymousCallersAreRefused() {
        String user = users.register("bank-admin-plain");
        assertThatThrownBy(() -> users.as(user, admin::previewReload)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(user, () -> admin.upload("alpha", "a-x.md", valid("a-x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(user, () -> admin.applyReload("x")))
                .isInstanceOf(AccessDeniedException.class);
        users.signOutToAnonymous();
        try {
            assertThatThrownBy(() -> admin.overview()).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> admin.upload("alpha", "a-x.md", valid("a-x")))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        } finally {
            users.clear();
        }
        assertThat(Files.exists(FOLDER.resolve("alpha/a-x.md"))).isFalse();
    }
}
