package org.parley.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;

/** The JSON of {@code parley brief --format json} keeps the contract of DESIGN.md. */
class JsonContractTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"water-talks", "border-dispute"})
  void hasExactlyTheContractsTopLevelKeys(String name) throws IOException {
    JsonNode json = json(name);
    assertThat(fieldNames(json)).containsExactlyInAnyOrder(
        "document", "actors", "quotes", "events", "issues", "stances", "changes", "options", "times", "dataIssues");
    assertThat(fieldNames(json.get("document")))
        .containsExactlyInAnyOrder("id", "title", "published", "source", "text", "posts");
  }

  @ParameterizedTest
  @ValueSource(strings = {"water-talks", "border-dispute"})
  void givesEverySpanTheTextItCovers(String name) throws IOException {
    JsonNode json = json(name);
    String text = json.get("document").get("text").asText();
    List<JsonNode> spans = new ArrayList<>();
    json.get("quotes").forEach(spans::add);
    json.get("times").forEach(spans::add);
    json.get("actors").forEach(actor -> actor.get("mentions").forEach(spans::add));
    assertThat(spans).isNotEmpty().allSatisfy(span -> {
      int begin = span.get("begin").asInt();
      int end = span.get("end").asInt();
      assertThat(begin).as("%s", span).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(end);
      assertThat(end).as("%s", span).isLessThanOrEqualTo(text.length());
      assertThat(span.get("text").asText()).isEqualTo(text.substring(begin, end));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"water-talks", "border-dispute"})
  void writesKindsInLowerCase(String name) throws IOException {
    JsonNode json = json(name);
    assertThat(json.get("actors")).isNotEmpty().allSatisfy(actor -> assertThat(actor.get("kind").asText())
        .isIn(Set.of("person", "country", "organization", "group")));
    assertThat(json.get("quotes")).isNotEmpty().allSatisfy(quote -> assertThat(quote.get("kind").asText())
        .isIn(Set.of("direct", "partial", "indirect", "term")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"water-talks", "border-dispute"})
  void writesAbsentValuesAsNullsRatherThanLeavingKeysOut(String name) throws IOException {
    JsonNode json = json(name);
    assertThat(json.get("quotes")).allSatisfy(quote -> assertThat(fieldNames(quote))
        .containsExactlyInAnyOrder("begin", "end", "text", "kind", "speaker", "cue"));
    assertThat(json.get("actors")).allSatisfy(actor -> assertThat(fieldNames(actor))
        .containsExactlyInAnyOrder("id", "name", "kind", "country", "organization", "role", "mentions"));
    assertThat(json.get("actors")).anySatisfy(actor -> assertThat(actor.get("role").isNull()).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"water-talks", "border-dispute"})
  void pointsEverySpeakerAtAnActor(String name) throws IOException {
    JsonNode json = json(name);
    List<String> ids = new ArrayList<>();
    json.get("actors").forEach(actor -> ids.add(actor.get("id").asText()));
    json.get("quotes").forEach(quote -> {
      if (!quote.get("speaker").isNull()) {
        assertThat(ids).contains(quote.get("speaker").asText());
      }
    });
  }

  private static JsonNode json(String name) throws IOException {
    Path file = Path.of("src/test/resources/annotated/" + name + ".annotated.json");
    String annotated = Files.readString(file, StandardCharsets.UTF_8);
    return MAPPER.readTree(JsonContract.write(Pipeline.extract(AnnotationJson.read(annotated), List.of())));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
