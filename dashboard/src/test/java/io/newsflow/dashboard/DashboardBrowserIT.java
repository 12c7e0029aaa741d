package io.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.dashboard.live.InProcessLiveFeed;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.jdbc.Database;
import io.newsflow.testkit.TestServices;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's headless Chromium): it loads a news day from the store, shows a
 * newly stored article and alert within seconds without reloading, searches, opens an article with its
 * entities highlighted, and keeps hostile article text inert. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path dir;
    Database database;
    InProcessLiveFeed feed;
    DashboardServer server;
    ChromeDriver browser;
    WebDriverWait wait;
    Instant now;

    @BeforeAll
    void startDashboardAndBrowser() throws IOException {
        TestServices.Chromium chromium = TestServices.requireChromium();
        now = Instant.now();
        database = TestStores.sqlite(dir);
        List<EnrichedArticle> day = new java.util.ArrayList<>(new FixtureArticles().load("articles-of-a-news-day.json", now));
        day.addAll(new FixtureArticles().load("ukraine-coverage-over-a-week.json", now));
        new StoreFixture(database).write(day, List.of(DashboardApiContract.alert("alert-1", "ukraine-watch",
                "Ukraine watch", "kyiv-drone-strikes", now.minusSeconds(7000))), true);
        feed = new InProcessLiveFeed();
        server = new DashboardServer(DashboardConfig.local(0), database.dataSource(), feed, Optional.of(new InMemoryRuleStore()));
        server.start();

        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // An explicit driver and binary: Selenium Manager never runs, so nothing is downloaded.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 1000));
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void loadsTheNewsDayWithTrendsToneAndAlerts() throws IOException {
        browser.get(server.uri().toString());
        wait.until(d -> cards("#live-list").size() == 17);
        wait.until(d -> "open".equals(d.findElement(By.id("live-status")).getAttribute("data-state")));
        wait.until(d -> d.findElements(By.cssSelector("#trending .trend")).size() == 10);
        wait.until(d -> !d.findElements(By.cssSelector("#tone-chart circle")).isEmpty());
        assertThat(cards("#live-list").get(0).findElement(By.cssSelector("h3")).getText())
                .isEqualTo("US negotiators meet Putin as Russia presses battlefield advances");
        assertThat(cards("#live-list").get(0).findElements(By.cssSelector(".chip"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("#alerts .alert"))).hasSize(1);
        screenshot("01-dashboard");
    }

    @Test
    @Order(2)
    void showsANewlyStoredArticleAndAlertWithoutReloading() throws IOException {
        js("window.__sameDocument = 'yes';");
        EnrichedArticle fresh = new FixtureArticles().load("articles-of-a-news-day.json", Instant.now()).get(2);
        fresh = EnrichedArticle.newBuilder(fresh).setId("fresh-ecb-decision").setPublishedAt(Instant.now())
                .setTitle("Fresh: European Central Bank signals a cut in spring").build();
        EnrichedArticle late = EnrichedArticle.newBuilder(fresh).setId("late-replayed-article")
                .setPublishedAt(Instant.now().minus(Duration.ofDays(3))).setTitle("An article from three days ago, replayed").build();
        new StoreFixture(database).articles(List.of(fresh, late));
        feed.articlesStored(List.of(fresh, late));
        Alert alert = DashboardApiContract.alert("alert-live", "rates", "Rates watch", "fresh-ecb-decision", Instant.now());
        feed.alertsStored(List.of(alert));

        wait.until(d -> cards("#live-list").get(0).getAttribute("data-id").equals("fresh-ecb-decision"));
        wait.until(d -> d.findElements(By.cssSelector("#alerts .alert")).size() == 2);
        assertThat(js("return window.__sameDocument;")).isEqualTo("yes");
        wait.until(d -> cards("#live-list").size() == 19);
        List<String> published = cards("#live-list").stream().map(card -> card.getAttribute("data-published")).toList();
        assertThat(published).isSortedAccordingTo(java.util.Comparator.comparing(Instant::parse, java.util.Comparator.reverseOrder()));
        assertThat(browser.findElement(By.cssSelector("#alerts .alert .rule")).getText()).isEqualToIgnoringCase("Rates watch");
        screenshot("02-live-article-and-alert");
    }

    @Test
    @Order(3)
    void searchesByTextAndByEntity() throws IOException {
        browser.findElement(By.id("q")).sendKeys("reactor");
        browser.findElement(By.id("search-button")).click();
        wait.until(d -> d.findElement(By.id("result-list")).isDisplayed() && cards("#result-list").size() == 1);
        assertThat(cards("#result-list").get(0).getAttribute("data-id")).isEqualTo("energy-reactor-restart");
        assertThat(browser.findElement(By.id("feed-note")).getText()).startsWith("1 article");
        screenshot("03-search-text");

        browser.findElement(By.id("clear-button")).click();
        browser.findElement(By.id("entity-input")).sendKeys("Zelen");
        wait.until(d -> !d.findElements(By.cssSelector("#entity-suggestions button")).isEmpty());
        browser.findElement(By.cssSelector("#entity-suggestions button")).click();
        browser.findElement(By.id("search-button")).click();
        wait.until(d -> cards("#result-list").size() == 3);
        assertThat(cards("#result-list")).extracting(card -> card.getAttribute("data-id"))
                .containsExactly("seed-putin-talks", "kyiv-drone-strikes", "week-09");
        screenshot("04-search-entity");
    }

    @Test
    @Order(4)
    void opensAnArticleWithItsEntitiesHighlighted() throws IOException {
        browser.findElement(By.id("tab-live")).click();
        cards("#live-list").stream().filter(c -> "seed-putin-talks".equals(c.getAttribute("data-id"))).findFirst()
                .orElseThrow().findElement(By.cssSelector(".title-button")).click();
        wait.until(d -> d.findElement(By.id("reader")).isDisplayed()
                && d.findElements(By.cssSelector("#reader-body mark.entity")).size() > 20);
        List<WebElement> putin = browser.findElements(By.cssSelector("#reader mark[data-entity='person:vladimir-putin']"));
        assertThat(putin).extracting(WebElement::getText).contains("Putin", "Vladimir Putin");
        assertThat(browser.findElement(By.cssSelector("#reader-title mark")).getText()).isEqualTo("US");
        assertThat(browser.findElement(By.id("reader-title")).getText())
                .isEqualTo("US negotiators meet Putin as Russia presses battlefield advances");
        assertThat(browser.findElements(By.cssSelector("#reader-body p"))).hasSizeGreaterThan(10);
        screenshot("05-article-view");
        browser.findElement(By.id("reader-close")).click();
        wait.until(d -> !d.findElement(By.id("reader")).isDisplayed());
    }

    @Test
    @Order(5)
    void hostileArticleTextStaysInert() throws IOException {
        EnrichedArticle hostile = new FixtureArticles().load("hostile-articles.json", Instant.now()).get(0);
        new StoreFixture(database).articles(List.of(hostile));
        feed.articlesStored(List.of(hostile));
        Alert hostileAlert = Alert.newBuilder(DashboardApiContract.alert("alert-hostile", "x", "<img src=x onerror=alert(1)>",
                        hostile.getId(), Instant.now()))
                .setTitle(hostile.getTitle()).setUrl("javascript:alert(1)")
                .setSnippets(List.of("[[<script>alert(1)</script>]] <img src=x onerror=alert(1)>")).build();
        feed.alertsStored(List.of(hostileAlert));

        wait.until(d -> cards("#live-list").get(0).getAttribute("data-id").equals("hostile-script"));
        WebElement card = cards("#live-list").get(0);
        assertThat(card.findElement(By.cssSelector("h3")).getText())
                .isEqualTo("<script>window.__xss=1</script>Breaking: <img src=x onerror=\"window.__xss=1\"> markup in the headline");
        assertThat(card.findElement(By.cssSelector(".source")).getText()).isEqualTo("<img src=x onerror=\"window.__xss=1\">Evil Source");
        assertThat(card.findElement(By.cssSelector(".inert-url")).getText()).isEqualTo("javascript:window.__xss=1//");
        assertThat(card.findElement(By.cssSelector(".chip")).getText()).contains("<img src=x onerror=alert(1)>Acme");
        assertThat(browser.findElement(By.cssSelector("#alerts .alert .rule")).getText()).isEqualToIgnoringCase("<img src=x onerror=alert(1)>");

        card.findElement(By.cssSelector(".title-button")).click();
        wait.until(d -> d.findElement(By.id("reader")).isDisplayed()
                && d.findElement(By.id("reader-title")).getText().startsWith("<script>"));
        assertThat(browser.findElement(By.id("reader-body")).getText())
                .contains("<iframe src=\"javascript:window.__xss=1\"></iframe>", "<a href=\"javascript:window.__xss=1\">click me</a>");
        assertThat(browser.findElement(By.cssSelector("#reader-title mark")).getText()).isEqualTo("<img src=x onerror=\"window.__xss=1\">");
        screenshot("06-hostile-article-inert");

        assertNoScriptRan();
        browser.findElement(By.id("reader-close")).click();
        screenshot("07-hostile-card-inert");
    }

    @Test
    @Order(6)
    void darkModeAndNoPolicyViolations() throws IOException {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.navigate().refresh();
        wait.until(d -> cards("#live-list").size() == 20);
        wait.until(d -> d.findElements(By.cssSelector("#tone-chart circle")).size() > 5);
        browser.manage().window().setSize(new Dimension(1440, 1400));
        screenshot("08-dashboard-dark");
        assertNoScriptRan();
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("/x ")) // the inert <img src=x> text never loads; any other error counts
                .toList();
        assertThat(problems).extracting(LogEntry::getMessage).isEmpty();
    }

    private void assertNoScriptRan() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(js("return typeof window.__xss;")).isEqualTo("undefined");
        assertThat(js("return document.querySelectorAll('script').length;")).isEqualTo(1L);
        assertThat(js("return document.querySelectorAll('main img, #reader img, main iframe, #reader iframe, "
                + "main svg:not(#tone-chart), [onerror], [onload], [onmouseover], a[href^=\"javascript:\" i]').length;"))
                .isEqualTo(0L);
        assertThat(js("return [...document.querySelectorAll('a[href]')].every(a => a.protocol === 'http:' || a.protocol === 'https:');"))
                .isEqualTo(true);
    }

    private List<WebElement> cards(String list) {
        return browser.findElements(By.cssSelector(list + " > li.card"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void screenshot(String name) throws IOException {
        File file = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
