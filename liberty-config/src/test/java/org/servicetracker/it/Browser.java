package org.servicetracker.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: never a browser a tool downloads
 * itself.
 */
final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  Browser(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("st.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height);
    try {
      options.addArguments("--user-data-dir=" + Files.createTempDirectory("chromium"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("st.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    // Ajax updates replace elements while a condition is being polled: that is not a failure, poll
    // again.
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  void open(String path) {
    driver.get(WebSession.BASE + path);
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /**
   * Chooses in an autocomplete field (its id as a CSS selector) what it suggests, labelled {@code
   * label}, for the typed text.
   */
  void choose(String field, String typed, String label) {
    type(field + "_input", typed);
    click(field + "_panel li[data-item-label='" + label + "']");
  }

  void signIn(String app, String email, String password) {
    open("/" + app + "/login.xhtml");
    type("#login\\:email", email);
    type("#login\\:password", password);
    click("#login\\:signIn");
    // Wait for the answer (the signed-in page or an error), so the next navigation cannot cut the
    // sign-in short.
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[id$='signedInUser'], .ui-messages-error")));
  }

  /** Waits until the field's value contains the text, across ajax re-renders. */
  void awaitValue(String css, String text) {
    wait.until(ExpectedConditions.attributeContains(By.cssSelector(css), "value", text));
  }

  /** Waits until the browser has navigated to an address containing the text. */
  void awaitUrl(String part) {
    wait.until(ExpectedConditions.urlContains(part));
  }

  String text(String css) {
    return find(css).getText();
  }

  WebDriver driver() {
    return driver;
  }

  /** Keeps a picture of the page in target/screenshots for people to look at. */
  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("st.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
