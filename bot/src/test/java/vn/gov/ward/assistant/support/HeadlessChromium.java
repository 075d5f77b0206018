package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded). Where
 * they are not installed the browser tests are skipped, unless {@code BROWSER_TESTS=required} (as
 * {@code .ci/run} sets): then a missing browser fails the build instead of passing it unseen.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final String REQUIRED_VARIABLE = "BROWSER_TESTS";
    private static final String NOT_INSTALLED = "no " + BROWSER + " or " + DRIVER
            + " (Debian's chromium and chromium-driver; .ci/run installs them)";
    /** Why the browser tests are skipped where {@link #shared()} gave null: an assumption's reason. */
    public static final String SKIPPED = "Browser tests skipped: " + NOT_INSTALLED + "; " + REQUIRED_VARIABLE
            + "=required makes this a failure";
    /** Where screenshots go: test artifacts, beside the module's other reports. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(50);

    private static Optional<HeadlessChromium> shared;

    private final Path profile;
    private final ChromeDriver driver;

    /** A request the page made, as the browser sent it. */
    public record Request(String method, String url, String body) {
    }

    private HeadlessChromium() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // What Chromium needs here (as root, no GPU, a closed network), a fresh profile, and only loopback reachable:
        // a link's other host fails at once instead of a DNS query leaving the machine.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        // The performance log carries the network events: what the page sent, read back by requests().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withLogOutput(OutputStream.nullOutputStream()).build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Starts the browser; null where none is installed, for the tests to skip (an assumption), unless the browser is
     * required: then that fails.
     */
    private static HeadlessChromium startIfInstalled() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            if ("required".equals(System.getenv(REQUIRED_VARIABLE))) throw new IllegalStateException(REQUIRED_VARIABLE + "=required but " + NOT_INSTALLED);
            return null;
        }
        try {
            return new HeadlessChromium();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM's one browser, started on first use and closed when the JVM ends: the browser test classes share it
     * (each sets its viewport, clears its cookies or local storage and {@link #leave() leaves} its page when done), so
     * Chromium starts once per build.
     * Null where none is installed, for the tests to skip (an assumption), unless the browser is required: then that fails.
     */
    public static synchronized HeadlessChromium shared() {
        if (shared == null) {
            shared = Optional.ofNullable(startIfInstalled());
            shared.ifPresent(browser -> Runtime.getRuntime().addShutdownHook(new Thread(browser::close, "chromium-quit")));
        }
        return shared.orElse(null);
    }

    /**
     * Leaves the page a test class was on for a blank one: a page left open goes on polling its server, whose context
     * Spring pauses (its Redis client stopped) once no test uses it.
     */
    public void leave() {
        driver.get("about:blank");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * A wait on the page that looks again every 50 ms: Selenium's own (every 500 ms) made each wait for an answer or
     * a page cost a quarter of a second more on average, for nothing it proves.
     */
    public WebDriverWait waitUpTo(Duration atMost) {
        return new WebDriverWait(driver, atMost, POLL);
    }

    /** The page's viewport in CSS pixels, exactly (a window size would include the browser's own frame); narrow is a phone. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Saves what the viewport shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The requests the browser sent since the last call. */
    public List<Request> requests() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> JSON.readTree(entry.getMessage()).get("message"))
                .filter(message -> message.get("method").asString().equals("Network.requestWillBeSent"))
                .map(message -> {
                    JsonNode request = message.get("params").get("request");
                    return new Request(request.get("method").asString(), request.get("url").asString(),
                            request.has("postData") ? request.get("postData").asString() : null);
                })
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
