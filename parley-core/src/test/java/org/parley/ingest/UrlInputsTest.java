package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;

class UrlInputsTest {
  private static final String ARTICLE = "<html><head><title>Caf\u00e9 diplomacy</title>"
      + "<meta property=\"article:published_time\" content=\"2023-04-05T06:07:08Z\"></head>"
      + "<body><header>Site</header><article><p>Ministers met in a caf\u00e9.</p>"
      + "<p>They spoke of \u201cprogress\u201d.</p></article></body></html>";
  private static final AtomicReference<String> USER_AGENT = new AtomicReference<>();

  private static HttpServer server;
  private static ExecutorService executor;
  private static String base;

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/article", exchange -> {
      USER_AGENT.set(exchange.getRequestHeaders().getFirst("User-Agent"));
      send(exchange, 200, "text/html; charset=windows-1252", ARTICLE.getBytes(Charset.forName("windows-1252")));
    });
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/article");
      send(exchange, 302, "text/plain", new byte[0]);
    });
    server.createContext("/missing", exchange -> send(exchange, 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/image", exchange -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    server.createContext("/live", exchange -> {
      try (InputStream in = UrlInputsTest.class.getResourceAsStream("/ingest/live-blog.html")) {
        send(exchange, 200, "text/html", in.readAllBytes());
      }
    });
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(exchange, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
    });
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Test
  void readsAnArticleFromAUrlWithTheHeaderCharset() {
    Document d = InputsTest.ok(read(base + "/article", null)).document();
    assertThat(d.id()).isEqualTo(base + "/article");
    assertThat(d.source()).isEqualTo(base + "/article");
    assertThat(d.title()).isEqualTo("Caf\u00e9 diplomacy");
    assertThat(d.text()).isEqualTo("Ministers met in a caf\u00e9.\nThey spoke of \u201cprogress\u201d.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2023, 4, 5));
    assertThat(USER_AGENT.get()).isEqualTo("Parley/0.1");
  }

  @Test
  void followsRedirects() {
    assertThat(InputsTest.ok(read(base + "/moved", null)).document().source()).isEqualTo(base + "/moved");
  }

  @Test
  void readsALivePageFromAUrl() {
    Document d = InputsTest.ok(read(base + "/live", LocalDate.of(2000, 1, 1))).document();
    assertThat(d.posts()).hasSize(3);
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 3, 12));
  }

  @Test
  void failsClearlyOnHttp404() {
    assertThat(InputsTest.failed(read(base + "/missing", null)))
        .isEqualTo(new Loaded.Failed(base + "/missing", "HTTP 404 from " + base + "/missing"));
  }

  @Test
  void failsClearlyWhenTheServerRefusesTheConnection() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/page";
    assertThat(InputsTest.failed(read(url, null)).message())
        .isEqualTo("cannot reach " + url + ": connection refused");
  }

  @Test
  void failsClearlyWhenTheServerIsTooSlow() {
    List<Loaded> result = Inputs.read(base + "/slow", null, new ByteArrayInputStream(new byte[0]),
        new UrlFetcher(Duration.ofMillis(300)));
    assertThat(InputsTest.failed(result).message())
        .isEqualTo("cannot reach " + base + "/slow: no response within 300 ms");
  }

  @Test
  void failsClearlyForBinaryContentTypes() {
    assertThat(InputsTest.failed(read(base + "/image", null)).message())
        .isEqualTo("not a text document: " + base + "/image is image/png");
  }

  @Test
  void namesTheUnknownHostWhenItCannotBeResolved() {
    assertThat(UrlFetcher.reason(new java.net.ConnectException(), "nowhere.invalid"))
        .isEqualTo("connection refused");
    assertThat(UrlFetcher.reason(
        new IOException(new java.nio.channels.UnresolvedAddressException()), "nowhere.invalid"))
        .isEqualTo("unknown host nowhere.invalid");
  }

  @Test
  void failsClearlyForAMalformedUrl() {
    assertThat(InputsTest.failed(read("http://exa mple.org/", null)).message())
        .startsWith("not a valid URL: http://exa mple.org/");
  }

  private static List<Loaded> read(String url, LocalDate date) {
    return Inputs.read(url, date, new ByteArrayInputStream(new byte[0]), UrlFetcher.shared());
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
