package dev.rehearse.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.review.InterviewReview;
import dev.rehearse.review.ReviewService;
import dev.rehearse.support.BankFiles;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Syncing the folder by id: add, edit, remove and a broken edit, with a user's history kept intact. */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=target/no-bank-for-sync-test")
@DirtiesContext
class QuestionBankSyncTest {

    @Autowired
    QuestionBankSync sync;
    @Autowired
    QuestionBankService bank;
    @Autowired
    InterviewService interviews;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestUsers users;

    @TempDir
    Path dir;


    private void syncFolder() {
        sync.apply(new QuestionFolderLoader().load(dir));
    }

    private int drawable(String user) {
        return users.as(user, () -> bank.countMatching(Set.of("sync"), Set.of()));
    }

    @Test
    void addEditRemoveAndABrokenEditNeverRewriteHistory() throws IOException {
        String user = users.register("sync");
        BankFiles.write(dir, "sync", "q-one", "The original answer.");
        BankFiles.write(dir, "sync", "q-two", "The second answer.");
        syncFolder();
        assertThat(drawable(user)).isEqualTo(2);

        UUID first = users.as(user, () -> interviews.start(new InterviewSetup(2, 60, Set.of("sync"), Set.of())).id());
        users.as(user, () -> {
            InterviewState s = interviews.current(first);
            while (!s.finished()) {
                s = interviews.next(first, s.onScreen().itemId(), "my words", s.onScreen().revision());
            }
        });

        // Edit: a new version for new interviews; the old review keeps the old model answer
        BankFiles.write(dir, "sync", "q-one", "The improved answer.");
        syncFolder();
        assertThat(drawable(user)).isEqualTo(2);
        assertThat(modelAnswerOf(user, first, "q-one")).isEqualTo("The original answer.");
        UUID second = users.as(user, () -> interviews.start(new InterviewSetup(2, 60, Set.of("sync"), Set.of())).id());
        users.as(user, () -> {
            InterviewState s = interviews.current(second);
            while (!s.finished()) {
                s = interviews.next(second, s.onScreen().itemId(), "", s.onScreen().revision());
            }
        });
        assertThat(modelAnswerOf(user, second, "q-one")).isEqualTo("The improved answer.");

        // Remove: no longer drawn, still in the history
        Files.delete(dir.resolve("sync/q-two.md"));
        syncFolder();
        assertThat(drawable(user)).isEqualTo(1);
        assertThat(modelAnswerOf(user, first, "q-two")).isEqualTo("The second answer.");
        assertThat(users.as(user, () -> reviews.review(first)).answers()).extracting(ClosedAnswer::answer)
                .containsExactly("my words", "my words");

        // Add: drawn from the next sync on; a file that comes back is drawn again
        BankFiles.write(dir, "sync", "q-three", "A third answer.");
        BankFiles.write(dir, "sync", "q-two", "The second answer.");
        syncFolder();
        assertThat(drawable(user)).isEqualTo(3);

        // A broken edit changes nothing: the question keeps its last good version and stays drawable
        Files.writeString(dir.resolve("sync/q-three.md"), "---\nid: q-three\n---\nbroken");
        syncFolder();
        assertThat(drawable(user)).isEqualTo(3);
        assertThat(sync.lastReport().problems()).isNotEmpty();
    }

    private String modelAnswerOf(String user, UUID interview, String questionId) {
        InterviewReview review = users.as(user, () -> reviews.review(interview));
        return review.answers().stream().filter(i -> i.question().questionId().equals(questionId)).findFirst()
                .orElseThrow().question().content().modelAnswer();
    }
}
