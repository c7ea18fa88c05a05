package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley brief} on a live page served over HTTP, with the real models. */
class BriefLivePageIT {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Summit live: ministers meet on the river treaty | Example Wire</title>
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "LiveBlogPosting",
       "headline": "Summit live: ministers meet on the river treaty",
       "datePublished": "2025-06-10T06:00:00Z", "coverageStartTime": "2025-06-10T06:00:00Z",
       "liveBlogUpdate": [
        {"@type": "BlogPosting", "headline": "Ministers arrive",
         "datePublished": "2025-06-10T07:30:00Z",
         "articleBody": "The delegations arrived before dawn.\\n\\"We will not give up on this treaty,\\" Foreign Minister Anna Berger told reporters."},
        {"@type": "BlogPosting", "headline": "Opposition objects",
         "datePublished": "2025-06-10T10:15:00Z",
         "articleBody": "Opposition leader Tomas Varga said the draft was \\"a step backwards\\".\\n\\"Nobody voted for this,\\" he added."},
        {"@type": "BlogPosting",
         "datePublished": "2025-06-10T16:45:00Z",
         "articleBody": "\\"The talks will resume tomorrow morning,\\" Prime Minister Lena Horvat said after the session."}
       ]}
      </script></head>
      <body><main><p>Follow the summit as it happens.</p></main></body></html>
      """;

  private static HttpServer server;
  private static String url;

  @BeforeAll
  static void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/live/summit", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/live/summit";
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void briefsALivePageAsJsonWithItsPostsAndSpeakers(@TempDir Path out) throws IOException {
    assertThat(Main.run("brief", "--format", "json", "--out", out.toString(), url)).isZero();
    JsonNode json = new ObjectMapper().readTree(Files.readString(onlyFile(out, ".json"), StandardCharsets.UTF_8));

    JsonNode posts = json.get("document").get("posts");
    assertThat(posts).hasSize(3);
    assertThat(posts).extracting(p -> p.get("published").asText())
        .containsExactly("2025-06-10T07:30:00Z", "2025-06-10T10:15:00Z", "2025-06-10T16:45:00Z");
    assertThat(posts).allSatisfy(p -> assertThat(p.get("begin").asInt()).isLessThan(p.get("end").asInt()));

    assertThat(json.get("quotes")).anySatisfy(q -> assertThat(q.get("text").asText()).startsWith("We will not give up"));
    assertThat(json.get("quotes")).as("quotes: %s", json.get("quotes"))
        .anySatisfy(q -> assertThat(q.get("speaker").isNull()).isFalse());
  }

  @Test
  void briefsALivePageAsMarkdownWithWhoSaidWhat(@TempDir Path out) throws IOException {
    assertThat(Main.run("brief", "--format", "md", "--out", out.toString(), url)).isZero();
    String md = Files.readString(onlyFile(out, ".md"), StandardCharsets.UTF_8);
    assertThat(md).contains("## Who said what").contains("*Live posts:* 3");
  }

  @Test
  void keepsTheClosingMarkOfAQuotationThatEndsReportedSpeech(@TempDir Path out) throws IOException {
    assertThat(Main.run("brief", "--format", "json", "--out", out.toString(), url)).isZero();
    JsonNode json = new ObjectMapper().readTree(Files.readString(onlyFile(out, ".json"), StandardCharsets.UTF_8));
    assertThat(json.get("quotes")).anySatisfy(q -> {
      assertThat(q.get("kind").asText()).isEqualTo("indirect");
      assertThat(q.get("text").asText()).isEqualTo("the draft was \"a step backwards\"");
    });
  }

  private static Path onlyFile(Path dir, String extension) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(extension)).toList();
      assertThat(found).as("%s files in %s", extension, dir).hasSize(1);
      return found.get(0);
    }
  }
}
