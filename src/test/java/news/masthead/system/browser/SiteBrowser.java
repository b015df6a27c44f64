package news.masthead.system.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium pointed at the running site. The browser and its driver are the system's own
 * (Debian's by default), named explicitly so that Selenium never tries to download either.
 */
final class SiteBrowser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private SiteBrowser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    static SiteBrowser start(int port) {
        return start(port, "127.0.0.1");
    }

    /** Pointed at the site under another name for this machine: passkeys need a domain, not an IP address. */
    static SiteBrowser start(int port, String host) {
        var chromium = executable("MASTHEAD_CHROMIUM", "/usr/bin/chromium");
        var chromedriver = executable("MASTHEAD_CHROMEDRIVER", "/usr/bin/chromedriver");
        var profile = temporaryProfile();
        var options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1024",
                "--user-data-dir=" + profile,
                // As a reader who asked for less motion: smooth scrolling would race the driver's clicks.
                "--force-prefers-reduced-motion");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new SiteBrowser(new ChromeDriver(service, options), profile, "http://" + host + ":" + port);
    }

    WebDriver driver() {
        return driver;
    }

    void visit(String path) {
        driver.get(baseUrl + path);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    String headline() {
        return find(By.tagName("h1")).getText();
    }

    /** What a sighted reader can read on the page. */
    String visibleText() {
        return find(By.tagName("body")).getText();
    }

    /** The "Leave a reply" form under an article. */
    WebElement replyForm() {
        return find(By.xpath("//form[.//h2[normalize-space() = 'Leave a reply']]"));
    }

    /** Presses the form's button and waits for the page that answers it. */
    void press(WebElement form, String button) {
        var target = form.findElement(By.xpath(".//button[normalize-space() = '" + button + "']"));
        try {
            target.click();
        }
        catch (WebDriverException e) {
            if (!gone(e)) {
                throw e;
            }
        }
        waiting().until(driver -> {
            try {
                form.isEnabled();
                return false;
            }
            catch (StaleElementReferenceException e) {
                return true;
            }
            catch (WebDriverException e) {
                if (gone(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * When the next page arrives very fast, chromedriver may still be looking at an element of the
     * old one and report it gone rather than stale; either way, the page has moved on.
     */
    private static boolean gone(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            try {
                FileSystemUtils.deleteRecursively(profile);
            }
            catch (IOException e) {
                // a profile left in the temporary directory harms nothing
            }
        }
    }

    private static Path executable(String variable, String fallback) {
        var configured = System.getenv(variable);
        var path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is not an executable; install Chromium and chromedriver, or set "
                    + variable + " to where they are");
        }
        return path;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("masthead-chromium-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
