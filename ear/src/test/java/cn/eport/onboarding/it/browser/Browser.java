package cn.eport.onboarding.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by Selenium, built explicitly from /usr/bin so that Selenium
 * Manager never downloads anything (PLATFORM-NOTES). One per test class.
 */
public final class Browser implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final ChromeDriver driver;
    private final URL base;

    public Browser(URL base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("eport.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1366,900");
        // the console, where Chromium reports what the Content-Security-Policy refused (cspViolations)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("eport.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application, path relative to its context root ("login", "enterprise/status"). */
    public Browser open(String path) {
        driver.get(url(path));
        return this;
    }

    public String url(String path) {
        return base.toString() + path;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Replaces the text of an input. */
    public void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * In a PrimeFaces p:autoComplete: types too little first (unless {@code tooShort} is null) and
     * checks nothing is suggested, then types enough and picks the suggestion with the code.
     */
    public void suggestAndPick(String inputId, String tooShort, String enough, String code) {
        WebElement input = find(By.id(inputId));
        By items = By.cssSelector("[id='" + inputId.replace("_input", "_panel") + "'] .ui-autocomplete-item");
        if (tooShort != null) {
            input.clear();
            input.sendKeys(tooShort);
            pause(700);
            if (driver.findElements(items).stream().anyMatch(WebElement::isDisplayed)) {
                throw new AssertionError("no suggestions below the threshold for " + inputId);
            }
        }
        input.clear();
        input.sendKeys(enough);
        WebElement item;
        try {
            item = waitUntil(d -> d.findElements(items).stream()
                    .filter(WebElement::isDisplayed).filter(li -> li.getText().startsWith(code + " "))
                    // not while the panel is still opening (an item of zero height cannot be clicked)
                    .filter(li -> li.getSize().getHeight() > 0).findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("suggest-failed-" + code);
            throw new AssertionError("no suggestion " + code + " for " + enough + "; shown: "
                    + driver.findElements(items).stream().map(WebElement::getText).toList(), e);
        }
        item.click();
        try {
            waitUntil(d -> code.equals(d.findElement(By.id(inputId)).getAttribute("value")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("pick-failed-" + code);
            throw new AssertionError("after picking " + code + " the field shows '"
                    + driver.findElement(By.id(inputId)).getAttribute("value") + "'", e);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Browser login(String username, String password) {
        open("login");
        WebElement user = find(By.id("login:username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        WebElement submit = driver.findElement(By.id("login:submit"));
        submit.click();
        // the answer replaces the page: wait for it, so callers never read the page that was left
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(submit));
        return this;
    }

    /**
     * True once the element's page was replaced. Chromium reports a node of a replaced document
     * either as stale or as "does not belong to the document"; both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (isReplacedNode(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isReplacedNode(org.openqa.selenium.WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    public void waitForPath(String pathEnding) {
        waitUntil(d -> d.getCurrentUrl().endsWith(pathEnding));
    }

    /** Waits up to 10 s; elements replaced by a page load in the meantime are looked up again. */
    public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (isReplacedNode(e)) {
                            return null; // read while the page was being replaced: look again
                        }
                        throw e;
                    }
                });
    }

    /** Waits until no PrimeFaces Ajax request is queued or under way (its updates are in the page). */
    public void waitForAjax() {
        waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /** Every answer of the server arrives this much later (a slow line): what the user does meanwhile can be tested. */
    public void slowNetwork(Duration latency) {
        org.openqa.selenium.chromium.ChromiumNetworkConditions conditions = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        conditions.setLatency(latency);
        driver.setNetworkConditions(conditions);
    }

    public void normalNetwork() {
        driver.deleteNetworkConditions();
    }

    /** The login form is what the user sees (protected pages redirect to it at /login). */
    public boolean showsLoginForm() {
        return !driver.findElements(By.id("login:username")).isEmpty()
                && driver.findElements(By.id("current-user")).isEmpty();
    }

    public String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** A plain GET outside the browser with the browser's session (or another one), without following redirects. */
    public HttpResponse<String> rawGet(String path, String sessionId) {
        return rawGet(path, sessionId, HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #rawGet(String, String)} with the body as the handler reads it (bytes of a download, say). */
    public <T> HttpResponse<T> rawGet(String path, String sessionId, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the Content-Security-Policy refused since the last call (ADR 0014): inline script or event
     * handlers without the page's nonce, scripts or styles from elsewhere, being framed. Chromium
     * reports each as an error on the console of the page, whichever page of the session it was.
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /**
     * Renders the page for a CSS media type as printing does ("print"), or for the screen again ("");
     * Chromium's DevTools Emulation.setEmulatedMedia.
     */
    public void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", media));
    }

    /** Saves what the user sees to target/screenshots/NAME.png, for a human to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("eport.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
