package dev.rehearse.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts Playwright on the machine's Chromium (no browser download) and takes page screenshots. */
public final class BrowserSupport implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    public static final Path SHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSupport() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is needed for the browser tests and was not found at " + CHROMIUM
                    + ". Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public BrowserContext desktop() {
        return context(1280, 900);
    }

    public BrowserContext phone() {
        return context(390, 844);
    }

    private BrowserContext context(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /** Saves a full-page screenshot as target/screenshots/NAME-WIDTH.png, for people to look at. */
    public static void shoot(Page page, String name) {
        page.waitForTimeout(400); // let the last server round trip paint
        int width = page.viewportSize().width;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SHOTS.resolve(name + "-" + width + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
