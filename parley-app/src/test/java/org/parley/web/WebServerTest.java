package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.store.Store;

/** The JSON API and the pages over a store of hand-made analyses, through real HTTP. */
class WebServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  static Path dir;

  private static Store store;
  private static Javalin app;
  private static String talksId;
  private static String markupId;

  @BeforeAll
  static void start() throws Exception {
    store = WebFixtures.store(dir.resolve("web.duckdb"));
    app = WebServer.create(store).start("127.0.0.1", 0);
    talksId = Store.docId(WebFixtures.TALKS);
    markupId = Store.docId(WebFixtures.MARKUP);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode ok(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void listsDocumentsNewestFirstWithTheirPageAndUrl() throws Exception {
    JsonNode docs = ok("/api/documents");
    assertThat(docs.isArray()).isTrue();
    assertThat(texts(docs, "id")).containsExactly(markupId, talksId);
    JsonNode talks = docs.get(1);
    assertThat(talks.get("page").asText()).isEqualTo("/documents/" + talksId);
    assertThat(talks.get("url").asText()).isEqualTo(WebFixtures.TALKS);
    assertThat(talks.get("quotes").asInt()).isEqualTo(1);
    assertThat(talks.get("events").asInt()).isEqualTo(1);
    assertThat(talks.get("published").asText()).isEqualTo("2025-08-18");
  }

  @Test
  void pagesDocumentsWithLimitAndOffsetAndFiltersThem() throws Exception {
    assertThat(texts(ok("/api/documents?limit=1&offset=1"), "id")).containsExactly(talksId);
    assertThat(texts(ok("/api/documents?since=2025-08-19"), "id")).containsExactly(markupId);
    assertThat(texts(ok("/api/documents?until=2025-08-18"), "id")).containsExactly(talksId);
    assertThat(texts(ok("/api/documents?q=alaska"), "id")).containsExactly(talksId);
  }

  @Test
  void answersADocumentWithTheJsonContract() throws Exception {
    JsonNode doc = ok("/api/documents/" + talksId);
    assertThat(doc.at("/document/id").asText()).isEqualTo("talks-1");
    assertThat(doc.at("/document/text").asText()).isEqualTo(WebFixtures.TALKS_TEXT);
    assertThat(texts(doc.get("actors"), "name")).contains("Friedrich Merz", "Donald Trump");
    assertThat(doc.at("/quotes/0/speaker").asText()).isEqualTo("a1");
    assertThat(doc.at("/events/0/type").asText()).isEqualTo("CONSULT");
    assertThat(doc.at("/stances/1/polarity").asText()).isEqualTo("oppose");
    assertThat(doc.at("/actorIds/a1").asText()).isEqualTo("person:friedrich merz");
    for (String field : List.of("document", "actors", "quotes", "events", "issues", "stances", "options", "times",
        "dataIssues")) {
      assertThat(doc.has(field)).as(field).isTrue();
    }
  }

  @Test
  void writesMarkupInADocumentAsEscapedText() throws Exception {
    HttpResponse<String> r = get("/api/documents/" + markupId);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("<script>").doesNotContain("<b>").contains("\\u003Cscript\\u003E");
    JsonNode doc = JSON.readTree(r.body());
    assertThat(doc.at("/document/text").asText()).isEqualTo(WebFixtures.MARKUP_TEXT);
    assertThat(doc.at("/document/title").asText()).isEqualTo("<script>alert('title')</script>");
    for (String path : List.of("/api/documents", "/api/quotes", "/api/timeline")) {
      assertThat(get(path).body()).as(path).doesNotContain("<script>").contains("\\u003Cscript");
    }
    HttpResponse<String> page = get("/documents/" + markupId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("alert(");
    assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("script-src 'self'"));
  }

  @Test
  void listsActorsMergedAcrossDocuments() throws Exception {
    JsonNode actors = ok("/api/actors");
    assertThat(texts(actors, "name")).contains("Friedrich Merz", "Donald Trump", "Vladimir Putin");
    JsonNode merz = actors.get(0);
    assertThat(merz.get("name").asText()).isEqualTo("Friedrich Merz");
    assertThat(merz.get("documents").asInt()).isEqualTo(2);
    assertThat(merz.get("quotes").asInt()).isEqualTo(2);
    assertThat(texts(ok("/api/actors?name=trump"), "name")).containsExactly("Donald Trump");
    assertThat(texts(ok("/api/actors?kind=country"), "name")).isEmpty();
  }

  @Test
  void answersAnActorWithStancesQuotesAndEvents() throws Exception {
    JsonNode trump = ok("/api/actors/" + enc("person:donald trump"));
    assertThat(trump.get("name").asText()).isEqualTo("Donald Trump");
    assertThat(trump.get("country").asText()).isEqualTo("USA");
    assertThat(trump.at("/stances/0/latest").asText()).isEqualTo("oppose");
    assertThat(trump.at("/events/0/type").asText()).isEqualTo("CONSULT");
    JsonNode merz = ok("/api/actors/" + enc("person:friedrich merz"));
    assertThat(merz.get("quotes").size()).isEqualTo(2);
  }

  @Test
  void searchesQuotesByWordsSpeakerIssueAndDate() throws Exception {
    assertThat(ok("/api/quotes").size()).isEqualTo(2);
    assertThat(texts(ok("/api/quotes?q=ceasefire"), "text")).containsExactly("We need a ceasefire now,");
    assertThat(ok("/api/quotes?speaker=merz").size()).isEqualTo(2);
    assertThat(ok("/api/quotes?speaker=trump").size()).isZero();
    assertThat(ok("/api/quotes?issue=ceasefire").size()).isEqualTo(1);
    assertThat(ok("/api/quotes?since=2025-08-19").size()).isEqualTo(1);
    assertThat(ok("/api/quotes?document=" + talksId).get(0).get("speakerId").asText())
        .isEqualTo("person:friedrich merz");
  }

  @Test
  void listsEventsWithTheirParticipantsAndWhatComesNext() throws Exception {
    JsonNode events = ok("/api/events");
    assertThat(events.size()).isEqualTo(1);
    assertThat(events.at("/0/source/0/name").asText()).isEqualTo("Donald Trump");
    assertThat(events.at("/0/target/0/id").asText()).isEqualTo("person:vladimir putin");
    assertThat(events.at("/0/date").asText()).isEqualTo("2025-08-22");
    assertThat(ok("/api/events?upcoming=true").size()).isEqualTo(1);
    assertThat(ok("/api/events?mode=asserted").size()).isZero();
    assertThat(ok("/api/events?type=consult&actor=putin").size()).isEqualTo(1);
  }

  @Test
  void answersTheStanceMatrixWithEvidence() throws Exception {
    JsonNode stances = ok("/api/stances?issue=ceasefire");
    assertThat(texts(stances, "actor")).containsExactly("Donald Trump", "Friedrich Merz");
    assertThat(texts(stances, "latest")).containsExactly("oppose", "support");
    assertThat(stances.at("/1/evidence/0/text").asText()).isEqualTo("We need a ceasefire now,");
    assertThat(texts(ok("/api/stances?polarity=support"), "actor")).containsExactly("Friedrich Merz");
  }

  @Test
  void listsIssuesTimelineOptionsAndNetwork() throws Exception {
    JsonNode issues = ok("/api/issues");
    assertThat(issues.at("/0/label").asText()).isEqualTo("ceasefire");
    assertThat(issues.at("/0/support").asInt()).isEqualTo(1);
    assertThat(issues.at("/0/oppose").asInt()).isEqualTo(1);
    assertThat(texts(ok("/api/timeline?actor=trump"), "kind")).contains("event", "stance");
    JsonNode options = ok("/api/options");
    assertThat(options.at("/0/set").asText()).isEqualTo("outcome");
    assertThat(options.at("/0/options/1/label").asText()).isEqualTo("talks continue");
    JsonNode network = ok("/api/network");
    assertThat(network.at("/edges/0/source").asText()).isEqualTo("person:donald trump");
    assertThat(network.at("/edges/0/target").asText()).isEqualTo("person:vladimir putin");
    assertThat(network.get("nodes").size()).isEqualTo(2);
  }

  @Test
  void describesItselfWithOpenApi() throws Exception {
    JsonNode spec = ok("/api/openapi.json");
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    for (String path : List.of("/api/documents", "/api/documents/{id}", "/api/actors", "/api/actors/{id}",
        "/api/quotes", "/api/events", "/api/stances", "/api/issues", "/api/timeline")) {
      assertThat(spec.at("/paths").has(path)).as(path).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "/api/documents?limit=abc, limit",
      "/api/documents?limit=0, limit",
      "/api/documents?limit=9000, limit",
      "/api/quotes?offset=-1, offset",
      "/api/quotes?since=yesterday, since",
      "/api/timeline?until=2025-13-01, until",
      "/api/actors?kind=planet, kind",
      "/api/events?mode=maybe, mode",
      "/api/events?upcoming=soon, upcoming",
      "/api/stances?polarity=love, polarity",
      "/api/issues?colour=red, colour",
      "/api/network?limit=501, limit"})
  void rejectsABadParameterWith400NamingIt(String path, String parameter) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("parameter").asText()).isEqualTo(parameter);
    assertThat(body.get("error").asText()).contains(parameter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents/0000000000000000", "/api/actors/person%3Anobody", "/api/nothing",
      "/documents/0000000000000000", "/actors/person%3Anobody"})
  void answersAnUnknownIdWith404(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    if (path.startsWith("/api/")) {
      assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/matrix", "/quotes", "/network", "/options", "/assets/parley.css",
      "/assets/parley.js", "/webjars/echarts/5.3.1/dist/echarts.min.js"})
  void servesPagesAndAssetsFromTheJar(String path) throws Exception {
    assertThat(get(path).statusCode()).isEqualTo(200);
    assertThat(get("/documents/" + talksId).body()).contains("data-page=\"document\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/assets/../pages/overview.html", "/assets/%2e%2e/pages/overview.html",
      "/assets/..%2fopenapi.json", "/assets/%2e%2e%2f%2e%2e%2fstore/001-documents.sql", "/org/parley/web/openapi.json",
      "/assets/../../../../etc/passwd"})
  void servesNothingOutsideTheAssets(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isIn(400, 404);
    assertThat(r.body()).doesNotContain("CREATE TABLE").doesNotContain("root:").doesNotContain("\"openapi\"");
  }

  @Test
  void refusesALargeRequestBody() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/documents"))
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(r.body()).doesNotContain("Exception");
  }
}
