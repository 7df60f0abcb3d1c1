package dev.rehearse.e2e;

import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.HomePage;
import dev.rehearse.e2e.pages.LoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a random port with the real question bank and an in-memory database, and one Chromium for the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.questions.dir=questions", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
abstract class BrowserTestBase {

    static final String PASSWORD = "a long enough password";
    static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browsers = new BrowserSupport();
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Registers a new account through the pages and signs in with it. */
    HomePage registerAndSignIn(Page page, String username) {
        return new LoginPage(page, baseUrl()).open().goToRegister().registerAndExpectLogin(username, PASSWORD)
                .signIn(username, PASSWORD);
    }

    /** A username no other test uses. */
    static String newUsername(String prefix) {
        return prefix + System.nanoTime() % 100000;
    }
}
