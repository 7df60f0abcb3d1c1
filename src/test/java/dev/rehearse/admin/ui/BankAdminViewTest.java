package dev.rehearse.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.UploadTester;
import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.support.BankFiles;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TemporaryBank;
import dev.rehearse.support.WithAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The bank page without a browser: counts, a reload previewed then applied, uploads refused and accepted. */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + TemporaryBank.SHARED)
@ViewPackages(classes = BankAdminView.class)
@WithAccount("admin")
class BankAdminViewTest extends SpringBrowserlessTest {

    static final Path FOLDER = TemporaryBank.SHARED_FOLDER;

    @Autowired
    QuestionBankSync sync;

    @BeforeEach
    void theTestBankAsItIs() {
        TemporaryBank.reset(FOLDER);
        sync.apply(new QuestionFolderLoader().load(FOLDER));
    }

    private String text(String id) {
        return ((HasText) find(Component.class).withId(id).single()).getText();
    }

    private List<String> items(String id) {
        Component list = find(Component.class).withId(id).single();
        return list.getChildren().map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
    }

    /** The questions the page lists as active (retired ones are listed too, marked). */
    private static List<String> active(BankAdminView view) {
        return view.grid.getGenericDataView().getItems().filter(e -> !e.retired()).map(e -> e.id()).sorted().toList();
    }

    @Test
    void theCountsShowEachTopicByDifficulty() {
        BankAdminView view = navigate(BankAdminView.class);

        // topic, easy, medium, hard, active (retired ones vary with what earlier tests retired)
        List<List<String>> rows = find(NativeTableRow.class, view.counts).all().stream()
                .map(r -> r.getElement().getChildren().map(c -> c.getTextRecursively()).limit(5).toList()).toList();
        assertThat(rows).containsExactly(List.of("Topic", "Easy", "Medium", "Hard", "Active"),
                List.of("Alpha topic", "3", "0", "1", "4"), List.of("Beta topic", "0", "2", "0", "2"),
                List.of("Gamma", "1", "0", "0", "1"), List.of("All topics", "4", "2", "1", "7"));
        assertThat(active(view)).hasSize(7);
    }

    /** An id no earlier test of this context has used, so that it is new to the bank. */
    private static String freshId() {
        return "q-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aReloadIsShownBeforeItIsAppliedAndAppliedOnlyOnApply() throws IOException {
        BankAdminView view = navigate(BankAdminView.class);
        String id = freshId();
        BankFiles.write(FOLDER, "alpha", id, "A fifth answer.");

        test(view.reload).click();

        assertThat(text("reload-summary")).isEqualTo("1 added, 0 changed, 0 retired, 0 problems.");
        assertThat(items("reload-added")).containsExactly("Question " + id + id + " in alpha: new question");
        assertThat(active(view)).doesNotContain(id);

        test(view.apply).click();

        assertThat(view.preview.isVisible()).isFalse();
        assertThat(active(view)).contains(id).hasSize(8);
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Applied: 1 added, 0 changed, 0 retired, 0 problems.");
    }

    @Test
    void aFolderChangedBetweenPreviewAndApplyShowsTheNewPreviewInstead() throws IOException {
        BankAdminView view = navigate(BankAdminView.class);
        test(view.reload).click();
        assertThat(text("reload-summary")).isEqualTo("The folder matches the bank: nothing to apply.");
        assertThat(view.apply.isEnabled()).isFalse();

        String first = freshId();
        String late = freshId();
        BankFiles.write(FOLDER, "alpha", first, "A fifth answer.");
        test(view.reload).click();
        BankFiles.write(FOLDER, "beta", late, "Late.");
        test(view.apply).click();

        assertThat(text("reload-message")).startsWith("The folder or the bank changed since the preview");
        assertThat(items("reload-added")).hasSize(2);
        assertThat(active(view)).doesNotContain(first, late);
    }

    @Test
    void aBrokenUploadShowsItsProblemsAndAGoodOneIsAdded() {
        BankAdminView view = navigate(BankAdminView.class);
        view.uploadTopic.setValue("alpha");

        UploadTester<?> upload = test(view.upload);
        upload.upload("a-bad.md", "text/markdown", "no front matter\n".getBytes(StandardCharsets.UTF_8));

        assertThat(text("upload-refused")).isEqualTo("Refused: nothing was written. The problem:");
        assertThat(items("upload-problems")).containsExactly(FOLDER.resolve("alpha/a-bad.md")
                + ":1: no front matter: the file must start with a line of three dashes (---)");
        assertThat(Files.exists(FOLDER.resolve("alpha/a-bad.md"))).isFalse();

        String good = freshId();
        upload.upload(good + ".md", "text/markdown", """
                ---
                id: %s
                title: A good <b>upload</b>
                difficulty: easy
                key_points:
                  - text: Says yes
                    match: [yes]
                ---

                ## Question

                Yes?

                ## Model answer

                Yes.
                """.formatted(good).getBytes(StandardCharsets.UTF_8));

        assertThat(text("upload-accepted")).isEqualTo("Added " + FOLDER.resolve("alpha/" + good + ".md")
                + ": the question 'A good <b>upload</b>' is in the bank.");
        assertThat(active(view)).contains(good);
    }
}
