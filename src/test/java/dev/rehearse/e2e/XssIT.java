package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.InterviewPage;
import dev.rehearse.e2e.pages.LoginPage;
import dev.rehearse.e2e.pages.RegisterPage;
import dev.rehearse.support.TemporaryBank;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The usual XSS strings in every field the app shows back, in a real Chromium: typed answers (interview, practice
 * feedback, review, history, the question's attempts page, the Markdown and CSV exports), a private note,
 * usernames (refused by the username rule, in words), and a question file (title, tags, key point, prompt and model
 * answer with raw HTML) in a bank of the test's own, with a hostile topic name. The test fails on any alert, confirm
 * or prompt (the policy allows inline scripts, so an injected handler would run), on any element or attribute the
 * strings would create, and unless the strings show as the text they are. The question's Markdown is rendered
 * without its raw HTML: the HTML shows as text.
 */
class XssIT extends BrowserTestBase {

    static final String QUESTION = "xss-everywhere";
    static final String TITLE = "<script>alert(1)</script> <img src=x onerror=alert(1)> \"><svg onload=alert(1)> "
            + "{{7*7}}";
    static final String TOPIC_NAME = "<img src=x onerror=alert(1)> XSS topic {{7*7}}";
    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>", "javascript:alert(1)", "{{7*7}}", "[x](javascript:alert(1))",
            "<div onclick=\"alert(1)\">raw html block</div>");
    static final String ANSWER = String.join("\n", PAYLOADS) + "\nxss-marker";
    static final String NOTE = "Note: " + String.join(" ", PAYLOADS);

    /** Elements and attributes that any of the strings would create if it were read as HTML, in every shadow root. */
    static final String INJECTED = """
            () => {
              const found = [];
              const visit = root => {
                root.querySelectorAll('*').forEach(e => {
                  const tag = e.tagName.toLowerCase();
                  const text = e.textContent || '';
                  if (tag === 'img' && e.getAttribute('src') === 'x') found.push('img src=x');
                  if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(tag);
                  if (tag === 'form' && (e.getAttribute('action') || '').includes('evil.example')) found.push(tag);
                  if (tag === 'details' && text.includes('raw html block')) found.push(tag);
                  if (tag === 'input' && e.getAttribute('name') === 'password'
                      && e.getAttribute('value') === 'steal') found.push('input password=steal');
                  if (tag === 'svg' && e.hasAttribute('onload')) found.push('svg onload');
                  if (tag === 'script' && text.includes('alert(1)')) found.push('script alert(1)');
                  if (tag === 'style' && text.includes('body { display: none !important; }')) found.push('style');
                  if (tag === 'vaadin-button' && text.includes('raw button')) found.push('vaadin-button');
                  if (tag === 'b' && (text === 'tag' || text === 'bold')) found.push('b ' + text);
                  for (const a of ['onclick', 'onerror', 'onload']) {
                    if (e.hasAttribute(a)) found.push(tag + ' ' + a);
                  }
                  const href = (e.getAttribute('href') || '') + (e.getAttribute('src') || '');
                  if (/^\\s*javascript:/i.test(href)) found.push(tag + ' javascript: link');
                  if (e.shadowRoot) visit(e.shadowRoot);
                });
              };
              visit(document);
              return found;
            }""";

    /** A bank of the test's own: the test bank, the XSS question, and a topic name that is an XSS string. */
    @DynamicPropertySource
    static void bankWithAnXssQuestion(DynamicPropertyRegistry registry) {
        Path folder = TemporaryBank.create("xss-bank");
        try {
            Path xss = folder.resolve("xss");
            Files.createDirectories(xss);
            Files.copy(Path.of("src/test/resources/xss-bank/xss/" + QUESTION + ".md"), xss.resolve(QUESTION + ".md"));
            Files.writeString(folder.resolve("topics.yaml"), "xss: '" + TOPIC_NAME + "'\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("app.questions.dir", folder::toString);
    }

    private final List<String> dialogs = new ArrayList<>();

    private Page newPage(BrowserContext context) {
        Page page = context.newPage();
        page.onDialog((Dialog d) -> {
            if (d.type().equals("beforeunload")) {
                d.accept();
            } else {
                dialogs.add(d.type() + ": " + d.message() + " on " + page.url());
                d.dismiss();
            }
        });
        return page;
    }

    /** No script ran and none of the strings became an element or an attribute. */
    private void assertNothingInjected(Page page, String where) {
        page.waitForTimeout(300); // let an injected image fail to load, or an onload fire
        assertThat(dialogs).as("dialogs opened by a script, up to " + where).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> injected = (List<String>) page.evaluate(INJECTED);
        assertThat(injected).as("elements made from the strings on " + where).isEmpty();
    }

    @Test
    void xssStringsInUsernamesAnswersNotesAndQuestionFilesShowAsTextAndNeverRun() throws IOException {
        String base = baseUrl();
        try (BrowserContext context = browsers.desktop()) {
            Page page = newPage(context);

            // Usernames: the username rule refuses them, and says so in words
            RegisterPage register = new LoginPage(page, base).open().goToRegister();
            for (String name : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                    "\"><svg onload=alert(1)>", "javascript:alert(1)", "{{7*7}}")) {
                register.fill(name, PASSWORD, PASSWORD).submit();
                assertThat(register.error()).hasText(
                        "A username may use letters, digits, dots, hyphens and underscores only.");
                assertThat(page).hasURL(Pattern.compile(".*/register$"));
            }
            assertNothingInjected(page, "the registration page");
            LoginPage login = new LoginPage(page, base).open();
            page.locator("vaadin-login-form input[name=username]").fill("<img src=x onerror=alert(1)>");
            page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
            page.locator("vaadin-login-form input[name=password]").press("Enter");
            page.waitForURL(url -> url.contains("/login"));
            page.locator("vaadin-login-form input[name=username]").waitFor();
            assertNothingInjected(page, "a failed sign-in");

            registerAndSignIn(page, newUsername("xss.user-"));

            // The question file: title, tags, key point, topic name, prompt and model answer
            page.navigate(base + "/interview/new");
            assertThat(page.locator("#topics")).containsText(TOPIC_NAME);
            assertNothingInjected(page, "the setup page");

            page.navigate(base + "/questions/" + QUESTION);
            assertThat(page.locator("#question-title")).hasText(TITLE);
            assertThat(page.locator(".attempts-page .badges").first()).containsText(TOPIC_NAME);
            assertPromptShowsItsHtmlAsText(page.locator(".question-prompt"));
            assertNothingInjected(page, "the question's page");

            // An answer of XSS strings, typed in the interview and shown by the practice feedback
            page.locator("vaadin-button#practise-again").click();
            page.waitForURL(url -> url.contains("/interview/"));
            InterviewPage interview = new InterviewPage(page, base);
            assertThat(interview.title()).hasText(TITLE);
            assertPromptShowsItsHtmlAsText(page.locator("#question-prompt"));
            interview.type(ANSWER);
            assertThat(interview.answerBox()).hasValue(ANSWER);
            assertNothingInjected(page, "the interview page");
            interview.finish();
            Locator feedback = page.locator("#feedback");
            feedback.locator("vaadin-button#continue").waitFor();
            assertThat(feedback.locator(".question-title")).hasText(TITLE);
            PAYLOADS.forEach(p -> assertThat(feedback.locator("#answer-1")).containsText(p));
            assertModelAnswerShowsItsHtmlAsText(feedback.locator("#model-answer-1"));
            assertNothingInjected(page, "the practice feedback");

            // The review: the answer, the model answer, the key point, and a note of XSS strings
            feedback.locator("vaadin-button#continue").click();
            page.waitForURL(url -> url.endsWith("/review"));
            Locator answer = page.locator("#answer-1");
            PAYLOADS.forEach(p -> assertThat(answer).containsText(p));
            assertModelAnswerShowsItsHtmlAsText(page.locator("#model-answer-1"));
            assertThat(page.locator("#key-points-1")).containsText(
                    "<img src=x onerror=alert(1)> names the xss-marker {{7*7}}");
            Locator note = page.locator("vaadin-text-area#note-1 textarea");
            note.fill(NOTE);
            note.press("Tab");
            page.waitForTimeout(500);
            assertNothingInjected(page, "the review page");
            String review = page.url();
            page.reload();
            assertThat(page.locator("vaadin-text-area#note-1 textarea")).hasValue(NOTE);
            assertNothingInjected(page, "the review page, reloaded");

            // The Markdown report keeps the answer and the note in fences, so nothing in them is Markdown or HTML
            Download report = page.waitForDownload(() -> page.locator("#export-markdown").click());
            String markdown = Files.readString(report.path(), StandardCharsets.UTF_8);
            assertThat(markdown).contains("### Your answer\n\n```text\n" + ANSWER + "\n```\n")
                    .contains("Note:\n\n```text\n" + NOTE + "\n```\n");

            // History: the interviews (with the topic name) and the answers (with the title and the answer)
            page.navigate(base + "/history");
            Locator interviews = page.locator("vaadin-grid#history-grid vaadin-grid-cell-content >> visible=true");
            assertThat(interviews.filter(new Locator.FilterOptions().setHasText(TOPIC_NAME)).first()).isVisible();
            assertNothingInjected(page, "the history of interviews");
            page.navigate(base + "/history?show=answers");
            Locator answers = page.locator("vaadin-grid#answer-grid vaadin-grid-cell-content >> visible=true");
            Locator row = answers.filter(new Locator.FilterOptions().setHasText(TITLE)).first();
            assertThat(row).isVisible();
            assertThat(row).containsText("<script>alert(1)</script>");
            assertNothingInjected(page, "the history of answers");

            // The question's page, now with the attempt and the model answer as it was then
            page.navigate(base + "/questions/" + QUESTION);
            Locator attempt = page.locator("#attempt-answer-1");
            PAYLOADS.forEach(p -> assertThat(attempt).containsText(p));
            page.locator("#attempt-1 vaadin-details").click();
            assertModelAnswerShowsItsHtmlAsText(page.locator("#attempt-1 .model-answer"));
            assertNothingInjected(page, "the question's attempts");

            // Progress and home show the topic name and the results
            page.navigate(base + "/progress");
            assertThat(page.locator("#readiness-xss")).containsText(TOPIC_NAME);
            assertNothingInjected(page, "the progress page");
            page.navigate(base + "/");
            page.locator("#latest-results").waitFor();
            assertNothingInjected(page, "the home page");

            // The CSV export holds the answer and the note exactly as typed
            page.navigate(base + "/settings");
            Download csvFile = page.waitForDownload(() -> page.locator("#export-csv").click());
            List<CSVRecord> records;
            try (Reader in = new StringReader(Files.readString(csvFile.path(), StandardCharsets.UTF_8))) {
                records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                        .getRecords();
            }
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.get("answer")).isEqualTo(ANSWER);
                assertThat(r.get("note")).isEqualTo(NOTE);
                assertThat(r.get("question_title")).isEqualTo(TITLE);
            });
            assertNothingInjected(page, "the settings page");
            BrowserSupport.shoot(page, "90-xss-settings");
            page.navigate(review);
            page.locator("#model-answer-1").scrollIntoViewIfNeeded();
            BrowserSupport.shoot(page, "91-xss-review");
        }
    }

    /** The prompt's raw HTML is text on the page; its Markdown still works (a code span). */
    private static void assertPromptShowsItsHtmlAsText(Locator prompt) {
        assertThat(prompt).containsText("Prompt <script>alert(1)</script> and <img src=x onerror=alert(1)> inline");
        assertThat(prompt).containsText("\"><svg onload=alert(1)> too");
        assertThat(prompt).containsText("<div onclick=\"alert(1)\"><img src=x onerror=alert(1)>");
        assertThat(prompt.locator("code").first()).hasText("<code>");
        assertThat(prompt.locator("a")).hasCount(0);
    }

    /**
     * The model answer's raw HTML is text on the page; its Markdown still works (code, a table, a safe link), and
     * the links it tried to make to {@code javascript:} are no links.
     */
    private static void assertModelAnswerShowsItsHtmlAsText(Locator answer) {
        assertThat(answer).containsText("<details open><summary>raw html block</summary>");
        assertThat(answer).containsText("<style>body { display: none !important; }</style>");
        assertThat(answer).containsText("Inline <img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">");
        assertThat(answer).containsText("<vaadin-button>raw button</vaadin-button>");
        assertThat(answer.locator("pre code").first()).hasText("<script>alert(1)</script>");
        assertThat(answer.locator("table td").last()).hasText("<b>bold</b>");
        assertThat(answer.locator("a")).hasCount(1);
        assertThat(answer.locator("a")).hasAttribute("href", "https://fastapi.tiangolo.com/");
    }
}
