package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.cli.Main;
import org.parley.store.Store;

/**
 * The web UI in Debian's headless chromium over a store holding the seed, analysed by the real pipeline:
 * overview, a document with a quote by Merz highlighted, the stance matrix with Trump and Merz apart on the
 * ceasefire. Screenshots go to {@code target/screenshots/}.
 */
class BrowserIT {
  private static final Path SEED = Path.of(System.getProperty("parley.shared", "../../shared"))
      .resolve("seed/000_18622258dec15cd8.txt");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;

  private static Store store;
  private static Javalin app;
  private static WebDriver driver;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    assertThat(CHROMIUM).as("chromium is missing: apt-get install -y chromium chromium-driver").exists();
    assertThat(CHROMEDRIVER).as("chromedriver is missing: apt-get install -y chromium-driver").exists();
    Path db = dir.resolve("seed.duckdb");
    assertThat(Main.run("ingest", "--db", db.toString(), "--date", "2025-08-18", SEED.toString())).isZero();
    store = Store.openExisting(db);
    app = WebServer.create(store).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) throws Exception {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void followsTheSeedFromOverviewToItsQuotesAndTheStanceMatrix() throws Exception {
    try {
      walkThrough();
    } catch (Exception | AssertionError e) {
      screenshot("failure");
      throw new AssertionError("at " + driver.getCurrentUrl() + " the page reads: "
          + driver.findElement(By.tagName("main")).getText(), e);
    }
  }

  private static void walkThrough() throws Exception {
    driver.get(base + "/");
    WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.title[href^='/documents/']")));
    screenshot("overview");
    link.click();

    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding-quote")));
    WebElement merz = driver.findElements(By.cssSelector(".finding-quote")).stream()
        .filter(q -> q.getDomAttribute("data-speaker").contains("Merz")).findFirst()
        .orElseThrow(() -> new AssertionError("no quote by Merz in the side panel"));
    merz.click();
    waiting().until(d -> !d.findElements(By.cssSelector("#article .f.active")).isEmpty());
    assertThat(merz.getDomProperty("className")).contains("active");
    String highlighted = String.join("", driver.findElements(By.cssSelector("#article .f.active")).stream()
        .map(WebElement::getText).toList());
    assertThat(merz.getText()).contains(highlighted.strip().substring(0, Math.min(20, highlighted.strip().length())));
    Thread.sleep(600); // the smooth scroll
    screenshot("document");

    driver.get(base + "/matrix");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.cell")));
    String trump = polarity("Trump", "ceasefire");
    String merz2 = polarity("Merz", "ceasefire");
    assertThat(Set.of(trump, merz2)).as("Trump %s, Merz %s", trump, merz2).contains("support");
    assertThat(Set.of(trump, merz2)).containsAnyOf("oppose", "skeptical");
    cell("Merz", "ceasefire").click();
    waiting().until(d -> d.findElement(By.id("evidence")).getText().contains("Merz"));
    screenshot("matrix");

    for (String page : List.of("network", "quotes", "options")) {
      driver.get(base + "/" + page);
      waiting().until(d -> d.findElements(By.cssSelector("main .loading")).isEmpty());
      Thread.sleep(page.equals("network") ? 1500 : 200);
      screenshot(page);
    }
    driver.get(base + "/matrix");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.cell")));
    driver.findElements(By.cssSelector("table.matrix th a")).stream().filter(a -> a.getText().contains("Merz"))
        .findFirst().orElseThrow().click();
    waiting().until(d -> d.findElement(By.tagName("h1")).getText().contains("Merz"));
    screenshot("actor");
  }

  private static WebElement cell(String actor, String issue) {
    return driver.findElements(By.cssSelector("td.cell")).stream()
        .filter(c -> c.getDomAttribute("data-actor").contains(actor)
            && c.getDomAttribute("data-issue").toLowerCase(Locale.ROOT).contains(issue))
        .findFirst().orElseThrow(() -> new AssertionError("no cell for " + actor + " on " + issue));
  }

  private static String polarity(String actor, String issue) {
    return cell(actor, issue).getDomAttribute("data-polarity");
  }
}
