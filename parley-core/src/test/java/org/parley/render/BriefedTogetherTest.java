package org.parley.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;
import org.parley.stance.IssueMerger;
import org.parley.stance.PositionHistory;

/**
 * Two articles written for this test about one invented negotiation, three days apart, on frozen annotations
 * (texts in parley-corenlp/src/test/resources/texts): the foreign minister rejects "a truce" in the first and
 * backs "a cessation of hostilities" in the second.
 */
class BriefedTogetherTest {
  private static PositionHistory history;

  @BeforeAll
  static void brief() throws IOException {
    history = PositionHistory.of(List.of(analysis("valley-talks-day-one"), analysis("valley-talks-day-four")),
        IssueMerger.lexical());
  }

  private static Analysis analysis(String name) throws IOException {
    Path file = Path.of("src/test/resources/annotated/" + name + ".annotated.json");
    return Pipeline.extract(AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8)), List.of());
  }

  @Test
  void mergesTheIssueNamedDifferentlyInTheTwoArticles() {
    assertThat(history.shared()).extracting(PositionHistory.SharedIssue::key).contains("ceasefire");
  }

  @Test
  void flagsTheMinistersChangeOfPosition() {
    assertThat(history.changes()).singleElement().satisfies(c -> {
      assertThat(c.actor()).isEqualTo("Marta Lindqvist");
      assertThat(c.key()).isEqualTo("ceasefire");
      assertThat(c.from().stance().polarity()).isEqualTo("oppose");
      assertThat(c.from().stance().text()).isEqualTo("rejected a truce");
      assertThat(c.from().stance().date()).isEqualTo("2026-03-02");
      assertThat(c.to().stance().polarity()).isEqualTo("support");
      assertThat(c.to().stance().text()).isEqualTo("backed a cessation of hostilities");
      assertThat(c.to().stance().date()).isEqualTo("2026-03-05");
    });
  }

  @Test
  void showsTheChangeInTheMarkdownOfTheLaterArticleAndAcrossBoth() {
    String change = "⚠️ **Marta Lindqvist** on *ceasefire*: ❌ opposes";
    assertThat(MarkdownBriefing.write(history, 0)).doesNotContain(change);
    assertThat(MarkdownBriefing.write(history, 1)).contains("## Changes of position", change);
    assertThat(MarkdownBriefing.across(history)).contains("# Across the 2 documents", "## Shared issues",
        "- **ceasefire**: *ceasefire* in valley-talks-day-one (“rejected a truce”); *ceasefire* in "
            + "valley-talks-day-four (“backed a cessation of hostilities”)", change + " (2026-03-02, valley-talks-day-one: “rejected a truce”) → ✅ supports");
  }

  @Test
  void givesTheChangeAndTheSharedKeyInTheJsonOfTheLaterArticle() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(JsonContract.write(history, 0));
    JsonNode later = mapper.readTree(JsonContract.write(history, 1));
    assertThat(first.get("changes")).isEmpty();
    JsonNode change = later.get("changes").get(0);
    assertThat(change.get("key").asText()).isEqualTo("ceasefire");
    assertThat(change.get("from").get("document").asText()).isEqualTo("valley-talks-day-one");
    assertThat(change.get("from").get("polarity").asText()).isEqualTo("oppose");
    assertThat(change.get("to").get("polarity").asText()).isEqualTo("support");
    String text = later.get("document").get("text").asText();
    JsonNode to = change.get("to");
    assertThat(text.substring(to.get("begin").asInt(), to.get("end").asInt())).isEqualTo(to.get("text").asText());
    assertThat(later.get("stances").get(0).get("date").asText()).isEqualTo("2026-03-05");
    assertThat(keys(first)).contains("ceasefire");
    assertThat(keys(later)).contains("ceasefire");
  }

  private static List<String> keys(JsonNode doc) {
    return doc.get("issues").findValuesAsText("key");
  }
}
