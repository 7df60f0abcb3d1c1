package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.security.internal.SignInThrottle;
import dev.rehearse.security.internal.UserAccount;
import dev.rehearse.security.internal.UserAccountRepository;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.SharedSecurityContextConfig;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signing in over HTTP as a browser does: the form needs the page's CSRF token, wrong passwords make the next tries
 * wait, a remember-me cookie signs in a browser with no session, and old bcrypt hashes are upgraded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // every test here signs in from 127.0.0.1: the per-address limit is SignInThrottleTest's
        properties = "app.security.sign-in.failures-per-address=1000")
@ActiveProfiles("test")
@Import({TestClockConfig.class, TestUsers.class, SharedSecurityContextConfig.class})
class SignInTest {

    private List<String> lastSetCookie = List.of();

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** A browser: its own cookies, no redirects followed. */
    final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfToken() throws Exception {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).as("the sign-in page carries the CSRF token for its form").isTrue();
            return token.group(1);
        }

        HttpResponse<String> signIn(String username, String password, Map<String, String> extra) throws Exception {
            HttpResponse<String> response = post(username, password, extra);
            lastSetCookie = response.headers().allValues("Set-Cookie");
            return response;
        }

        private HttpResponse<String> post(String username, String password, Map<String, String> extra)
                throws Exception {
            String body = Map.of("username", username, "password", password).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            for (var e : extra.entrySet()) {
                body += "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8);
            }
            return http.send(HttpRequest.newBuilder(url("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            return signIn(username, password, Map.of("_csrf", csrfToken()));
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("(none)");
    }

    private static boolean signedIn(HttpResponse<?> response) {
        return response.statusCode() == 302 && !location(response).contains("/login");
    }

    @Test
    void theSignInFormIsRefusedWithoutTheCsrfTokenOfItsPage() throws Exception {
        String kim = users.register("kim");
        Browser browser = new Browser();
        browser.get("/login");

        HttpResponse<String> forged = browser.signIn(kim, TestUsers.PASSWORD, Map.of());

        // refused before the password is looked at: back to the sign-in page, and not signed in
        assertThat(location(forged)).endsWith("/login");
        assertThat(location(browser.get("/settings"))).endsWith("/login");
        assertThat(signedIn(browser.signIn(kim, TestUsers.PASSWORD))).isTrue();
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        String uma = users.register("uma");
        Browser browser = new Browser();
        String token = browser.csrfToken();
        String before = sessionId(browser);

        assertThat(signedIn(browser.signIn(uma, TestUsers.PASSWORD, Map.of("_csrf", token)))).isTrue();

        assertThat(sessionId(browser)).isNotBlank().isNotEqualTo(before);
    }

    private static String sessionId(Browser browser) {
        return browser.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheWaitGrows() throws Exception {
        String lee = users.register("lee");
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn(lee, "wrong password " + i))).endsWith("/login?error");
        }

        HttpResponse<String> right = browser.signIn(lee, TestUsers.PASSWORD);
        assertThat(signedIn(right)).as("the right password during the wait").isFalse();
        assertThat(location(right)).endsWith("/login?error");

        clock.advance(Duration.ofSeconds(31));
        assertThat(location(browser.signIn(lee, "wrong again"))).endsWith("/login?error");
        clock.advance(Duration.ofSeconds(31));
        assertThat(signedIn(browser.signIn(lee, TestUsers.PASSWORD))).as("the wait doubled to 60 s").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(signedIn(new Browser().signIn(lee, TestUsers.PASSWORD))).isTrue();
    }

    @Test
    void anUnknownUsernameIsThrottledTheSameWaySoWaitingTellsNothing(@Autowired SignInThrottle throttle)
            throws Exception {
        String known = users.register("mo");
        String unknown = "nobody-" + known;
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            browser.signIn(known, "wrong password " + i);
            browser.signIn(unknown, "wrong password " + i);
        }
        assertThat(throttle.waitFor(unknown, null)).isEqualTo(throttle.waitFor(known, null)).isPositive();
    }

    @Test
    void rememberMeSignsInABrowserWithoutASessionAndSigningOutForgetsIt() throws Exception {
        String nia = users.register("nia");
        Browser browser = new Browser();
        String token = browser.csrfToken();
        assertThat(signedIn(browser.signIn(nia, TestUsers.PASSWORD, Map.of("_csrf", token, "remember-me", "on"))))
                .isTrue();
        var rememberMe = browser.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("remember-me")).findFirst().orElseThrow();
        assertThat(rememberMe.isHttpOnly()).isTrue();
        assertThat(lastSetCookie).anySatisfy(c -> assertThat(c).startsWith("remember-me=").contains("SameSite=Lax"));
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                nia)).isEqualTo(1);

        // a new browser (as after a restart or on another node) with only that cookie
        Browser later = new Browser();
        later.cookies.getCookieStore().add(url("/"), rememberMe);
        HttpResponse<String> home = later.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(later.get("/settings").statusCode()).isEqualTo(200);

        Matcher pageToken = CSRF.matcher(home.body());
        assertThat(pageToken.find()).isTrue();
        HttpResponse<String> signOut = later.http.send(HttpRequest.newBuilder(url("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(pageToken.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                nia)).isZero();
        Browser afterSignOut = new Browser();
        afterSignOut.cookies.getCookieStore().add(url("/"), rememberMe);
        assertThat(location(afterSignOut.get("/settings"))).contains("/login");
    }

    @Test
    void aBcryptHashOfBeforeStillSignsInAndIsStoredAnewWithPbkdf2() throws Exception {
        UserAccount old = new UserAccount("olga", "{bcrypt}" + new BCryptPasswordEncoder().encode("olga's old secret"),
                List.of(AppRoles.USER), Instant.now());
        accounts.saveAndFlush(old);

        assertThat(signedIn(new Browser().signIn("olga", "olga's old secret"))).isTrue();

        assertThat(accounts.findByUsernameKey("olga").orElseThrow().getPasswordHash()).startsWith("{pbkdf2");
        assertThat(signedIn(new Browser().signIn("olga", "olga's old secret"))).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String pat = users.register("pat");
        UserAccount account = accounts.findByUsernameKey(UserAccount.key(pat)).orElseThrow();
        account.setEnabled(false);
        accounts.saveAndFlush(account);

        HttpResponse<String> refused = new Browser().signIn(pat, TestUsers.PASSWORD);
        assertThat(signedIn(refused)).isFalse();
        assertThat(location(refused)).endsWith("/login?error");
    }
}
