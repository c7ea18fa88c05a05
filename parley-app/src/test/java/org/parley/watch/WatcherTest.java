package org.parley.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.UrlFetcher;
import org.parley.store.ContentHash;
import org.parley.store.FakeAnalyzer;
import org.parley.store.Fixtures;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.WatchState;

/** {@code watch} against a local HTTP server: new items only, changed pages, failures reported and skipped. */
class WatcherTest {
  private static final Duration EVERY = Duration.ofSeconds(60);

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final Map<String, Integer> hits = new ConcurrentHashMap<>();
  private Store store;
  private FakeAnalyzer analyzer;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Watcher watcher;

  /** An RSS feed of items 1..n, newest first, each linking to /items/N on this server. */
  static String rss(String base, int n, boolean descriptions) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Local Wire</title><link>" + base + "/</link><description>Test feed</description>\n");
    for (int i = n; i >= 1; i--) {
      b.append("<item><title>Item ").append(i).append("</title><link>").append(base).append("/items/").append(i)
          .append("</link><guid>").append(base).append("/items/").append(i).append("</guid><pubDate>Mon, 18 Aug 2025 ")
          .append(String.format("%02d", 8 + i)).append(":00:00 GMT</pubDate>");
      if (descriptions) {
        b.append("<description>Item ").append(i).append(" in short.</description>");
      }
      b.append("</item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"2025-08-18T09:00:00Z\"></head><body><article><h1>"
        + title + "</h1>" + body + "</article></body></html>";
  }

  @BeforeEach
  void serve() throws IOException, StoreException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    for (int i = 1; i <= 3; i++) {
      pages.put("/items/" + i, page("Item " + i, "<p>\"Words number " + i + " matter,\" President Anna Berger said "
          + "after the talks.</p><p>Anna Berger met Tomas Varga in Geneva on the day of item " + i + ".</p>"));
    }
    pages.put("/feed.xml", rss(base, 2, true));
    pages.put("/malformed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off<item>");
    store = Store.open(dir.resolve("p.duckdb"));
    analyzer = new FakeAnalyzer();
    watcher = new Watcher(store, () -> analyzer, 2, new ConditionalFetcher(Duration.ofSeconds(5)),
        new UrlFetcher(Duration.ofSeconds(5))::fetch, null, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() throws StoreException {
    server.stop(0);
    store.close();
  }

  private void answer(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    hits.merge(path, 1, Integer::sum);
    if (path.equals("/broken.xml")) {
      send(x, 500, "text/plain", "server error", null);
      return;
    }
    if (path.equals("/old-feed.xml")) {
      x.getResponseHeaders().add("Location", base + "/feed.xml");
      x.sendResponseHeaders(301, -1);
      x.close();
      return;
    }
    String body = pages.get(path);
    if (body == null) {
      send(x, 404, "text/plain", "not found", null);
      return;
    }
    String etag = "\"" + ContentHash.of(body).substring(0, 12) + "\"";
    if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      x.sendResponseHeaders(304, -1);
      x.close();
      return;
    }
    send(x, 200, path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8", body, etag);
  }

  private static void send(HttpExchange x, int status, String type, String body, String etag) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    if (etag != null) {
      x.getResponseHeaders().add("ETag", etag);
    }
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(bytes);
    }
  }

  private String out() {
    String s = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return s;
  }

  private String err() {
    String s = err.toString(StandardCharsets.UTF_8);
    err.reset();
    return s;
  }

  @Test
  void storesTheFeedsItemsThenOnlyTheNewOneAndReportsAndSkipsBrokenFeeds() throws Exception {
    List<String> urls = List.of(base + "/feed.xml", base + "/broken.xml", base + "/malformed.xml");
    Watcher.Round first = watcher.poll(urls, EVERY, true);
    assertThat(first.stored()).isEqualTo(2);
    assertThat(first.failed()).isEqualTo(2);
    assertThat(Fixtures.count(store, "documents")).isEqualTo(2);
    String printed = out();
    assertThat(printed).contains("new: Item 1 <" + base + "/items/1>", "new: Item 2 <" + base + "/items/2>",
        "  quote   Anna Berger: \u201cWords number 1 matter,\u201d", "  event   CONSULT Anna Berger -> Tomas Varga");
    String log = err();
    assertThat(log).contains("parley: watch: HTTP 500 from " + base + "/broken.xml; skipped")
        .contains("parley: watch: malformed feed: " + base + "/malformed.xml: ");
    assertThat(log.lines()).hasSize(2);

    pages.put("/feed.xml", rss(base, 3, true));
    Watcher.Round second = watcher.poll(urls, EVERY, true);
    assertThat(second.stored()).isEqualTo(1);
    assertThat(out()).contains("new: Item 3").doesNotContain("Item 1").doesNotContain("Item 2");
    assertThat(Fixtures.count(store, "documents")).isEqualTo(3);
    assertThat(hits).containsEntry("/items/1", 1).containsEntry("/items/2", 1).containsEntry("/items/3", 1);
    assertThat(analyzer.calls()).isEqualTo(3);

    Watcher.Round third = watcher.poll(List.of(base + "/feed.xml"), EVERY, true);
    assertThat(third.stored()).isZero();
    assertThat(out()).isEmpty();
    assertThat(hits.get("/feed.xml")).isEqualTo(3);
    assertThat(analyzer.calls()).isEqualTo(3);
  }

  @Test
  void printsOnlyWhatIsNewWhenALivePageGrows() throws Exception {
    pages.put("/live", page("Live: talks", "<p>\"First words,\" President Anna Berger said at noon.</p>"));
    watcher.poll(List.of(base + "/live"), EVERY, true);
    assertThat(out()).contains("new: Live: talks <" + base + "/live>", "Anna Berger: \u201cFirst words,\u201d");

    pages.put("/live", page("Live: talks", "<p>\"First words,\" President Anna Berger said at noon.</p>"
        + "<p>\"Second words,\" General Tomas Varga said later.</p><p>Tomas Varga opposes the ceasefire now.</p>"));
    Watcher.Round round = watcher.poll(List.of(base + "/live"), EVERY, true);
    assertThat(round.changed()).isEqualTo(1);
    String printed = out();
    assertThat(printed).contains("changed: Live: talks <" + base + "/live> (revision 2)",
        "  quote   Tomas Varga: \u201cSecond words,\u201d", "  stance  Tomas Varga on a ceasefire first: oppose")
        .doesNotContain("First words");
    assertThat(Fixtures.count(store, "documents")).isEqualTo(1);
  }

  @Test
  void backsOffAFailingSourceWithoutStoppingTheOthers() throws Exception {
    List<String> urls = List.of(base + "/broken.xml", base + "/feed.xml");
    Watcher.Round first = watcher.poll(urls, EVERY, false);
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.stored()).isEqualTo(2);
    assertThat(err()).contains("HTTP 500 from " + base + "/broken.xml; failure 1 in a row, next try in 1m0s");
    WatchState.Source broken = new WatchState(store).source(base + "/broken.xml");
    assertThat(broken.failures()).isEqualTo(1);
    assertThat(broken.nextCheck()).isNotNull();

    Watcher.Round second = watcher.poll(urls, EVERY, false);
    assertThat(second.failed()).as("not tried before its time").isZero();
    assertThat(hits.get("/broken.xml")).isEqualTo(1);
    assertThat(hits.get("/feed.xml")).isEqualTo(2);
  }

  @Test
  void doublesTheWaitAfterEachFailureUpToAnHour() {
    assertThat(Watcher.backoff(EVERY, 1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(Watcher.backoff(EVERY, 2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Watcher.backoff(EVERY, 4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(Watcher.backoff(EVERY, 50)).isEqualTo(Duration.ofHours(1));
    assertThat(Watcher.backoff(Duration.ofHours(2), 3)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void triesAnItemWhosePageFailedAgainNextTime() throws Exception {
    pages.put("/feed.xml", rss(base, 2, false));
    String two = pages.remove("/items/2");
    Watcher.Round first = watcher.poll(List.of(base + "/feed.xml"), EVERY, true);
    assertThat(first.stored()).isEqualTo(1);
    assertThat(err()).contains("HTTP 404 from " + base + "/items/2");

    pages.put("/items/2", two);
    Watcher.Round second = watcher.poll(List.of(base + "/feed.xml"), EVERY, true);
    assertThat(second.stored()).isEqualTo(1);
    assertThat(out()).contains("new: Item 2");
    assertThat(hits.get("/items/1")).isEqualTo(1);
  }

  @Test
  void followsARedirectAndSaysWhereTo() throws Exception {
    Watcher.Round round = watcher.poll(List.of(base + "/old-feed.xml"), EVERY, true);
    assertThat(round.stored()).isEqualTo(2);
    assertThat(err()).contains(base + "/old-feed.xml redirects to " + base + "/feed.xml");
  }

  @Test
  void reportsAServerThatCannotBeReached() throws Exception {
    HttpServer gone = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String url = "http://127.0.0.1:" + gone.getAddress().getPort() + "/feed.xml";
    gone.stop(0);
    Watcher.Round round = watcher.poll(List.of(url, base + "/feed.xml"), EVERY, true);
    assertThat(round.failed()).isEqualTo(1);
    assertThat(round.stored()).isEqualTo(2);
    assertThat(err()).contains("cannot reach " + url);
  }
}
