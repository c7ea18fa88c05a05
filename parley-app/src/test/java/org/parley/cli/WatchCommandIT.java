package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCliRun.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Fixtures;
import org.parley.store.Store;

/**
 * {@code parley watch --once} with the real pipeline against a feed served on 127.0.0.1: two items stored,
 * then only the third after the feed grows; a feed answering 500 and a malformed one reported and skipped.
 */
class WatchCommandIT {
  private static final String[] ARTICLES = {
      "<p>\"We will not give up on this treaty,\" Foreign Minister Anna Berger told reporters in Vienna on Monday.</p>"
          + "<p>The delegations met for six hours.</p>",
      "<p>Opposition leader Tomas Varga said the draft was \"a step backwards\" for the region.</p>"
          + "<p>\"Nobody voted for this,\" he added.</p>",
      "<p>\"The talks will resume tomorrow morning,\" Prime Minister Lena Horvat said after the session.</p>"};

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    for (int i = 1; i <= 3; i++) {
      pages.put("/news/" + i, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Treaty talks, day " + i
          + "</title><meta property=\"article:published_time\" content=\"2025-06-1" + i + "T09:00:00Z\"></head>"
          + "<body><article><h1>Treaty talks, day " + i + "</h1>" + ARTICLES[i - 1] + "</article></body></html>");
    }
    pages.put("/feed.xml", feed(2));
    pages.put("/malformed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String feed(int n) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Treaty Wire</title><link>" + base + "/</link><description>Talks</description>");
    for (int i = n; i >= 1; i--) {
      b.append("<item><title>Treaty talks, day ").append(i).append("</title><link>").append(base).append("/news/")
          .append(i).append("</link><pubDate>Wed, 1").append(i).append(" Jun 2025 09:00:00 GMT</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private void answer(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String body = path.equals("/broken.xml") ? null : pages.get(path);
    int status = path.equals("/broken.xml") ? 500 : body == null ? 404 : 200;
    byte[] bytes = (body == null ? "error" : body).getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(bytes);
    }
  }

  @Test
  void storesTwoItemsThenOnlyTheNewThirdAndSkipsBrokenFeeds() throws Exception {
    Path db = dir.resolve("p.duckdb");
    String[] sources = {base + "/feed.xml", base + "/broken.xml", base + "/malformed.xml"};
    IngestCliRun first = run("watch", "--once", "--db", db.toString(), sources[0], sources[1], sources[2]);
    assertThat(first.code()).as("a source failed").isEqualTo(1);
    assertThat(first.out()).contains("new: Treaty talks, day 1 <" + base + "/news/1>")
        .contains("new: Treaty talks, day 2 <" + base + "/news/2>")
        .contains("Anna Berger: \u201cWe will not give up on this treaty,\u201d");
    assertThat(first.err()).contains("HTTP 500 from " + base + "/broken.xml; skipped")
        .contains("malformed feed: " + base + "/malformed.xml").contains("2 new documents, 0 changed, 2 failed")
        .doesNotContain("\tat ");

    pages.put("/feed.xml", feed(3));
    IngestCliRun second = run("watch", "--once", "--db", db.toString(), sources[0]);
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("new: Treaty talks, day 3").doesNotContain("day 1").doesNotContain("day 2")
        .contains("Lena Horvat: \u201cThe talks will resume tomorrow morning,\u201d");
    try (Store store = Store.openExisting(db)) {
      assertThat(Fixtures.count(store, "documents")).isEqualTo(3);
      assertThat(Fixtures.count(store, "feed_items")).isEqualTo(3);
    }
  }
}
