package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.HomePage;
import dev.rehearse.e2e.pages.InterviewPage;
import dev.rehearse.e2e.pages.LoginPage;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged app ({@code java -jar target/rehearse.jar}, built by {@code package} before this runs), kills it
 * with SIGKILL in the middle of an interview and starts it again on the same database file: the answer saved through
 * the page and the stored deadline are intact, and the dashboard offers to continue.
 */
class CrashRecoveryIT {

    static final String PASSWORD = "a long enough password";

    @TempDir
    Path dataDir;

    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void savedAnswersAndTheDeadlineSurviveAKillNine() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port;
        String user = "crash" + System.nanoTime() % 100000;
        server = startServer(port, "first");

        String title;
        int secondsLeftBefore;
        Instant measuredAt;
        try (BrowserSupport browsers = new BrowserSupport(); BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            new LoginPage(page, base).open().goToRegister().registerAndExpectLogin(user, PASSWORD)
                    .signIn(user, PASSWORD);
            InterviewPage interview = new HomePage(page, base).open().startInterview()
                    .questions(2).timePerQuestion("5 min").start();
            title = interview.title().textContent();
            interview.type("Saved before the crash: yield dependencies clean up.");
            assertThat(interview.saveStatus()).containsText("Saved");
            secondsLeftBefore = interview.secondsLeft();
            measuredAt = Instant.now();
        }

        // A crash: no shutdown hooks, no flush, no goodbye.
        assertThat(server.toHandle().destroyForcibly()).isTrue();
        assertThat(server.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                .isTrue();
        assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        server = startServer(port, "second");
        try (BrowserSupport browsers = new BrowserSupport(); BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            new LoginPage(page, base).open().signIn(user, PASSWORD);
            HomePage home = new HomePage(page, base).open();
            assertThat(page.locator("#open-interview")).isVisible();
            page.locator("vaadin-button#continue-interview").click();

            InterviewPage interview = new InterviewPage(page, base);
            assertThat(interview.title()).hasText(title);
            assertThat(interview.progress()).hasText("Question 1 of 2");
            assertThat(page.locator("vaadin-text-area#answer textarea"))
                    .hasValue("Saved before the crash: yield dependencies clean up.");
            long away = Duration.between(measuredAt, Instant.now()).toSeconds();
            int secondsLeftAfter = interview.secondsLeft();
            // the same deadline: time kept running while the server was down, no fresh timer
            assertThat(secondsLeftAfter).isBetween((int) (secondsLeftBefore - away - 3),
                    (int) (secondsLeftBefore - away + 3));
        }
    }

    private Process startServer(int port, String run) throws IOException, InterruptedException {
        Path log = Path.of("target", "crash-test-server-" + run + ".log");
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "rehearse.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run this through ./mvnw verify, which packages first");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("rehearse").toAbsolutePath(),
                "--app.questions.dir=questions",
                "--vaadin.launch-browser=false"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("APP_ADMIN_PASSWORD", "crash-test-admin-password");
        Process process = builder.start();
        Instant until = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped on its own; see " + log);
            }
            if (answers("http://localhost:" + port + "/login")) {
                return process;
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start within 3 minutes; see " + log);
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
