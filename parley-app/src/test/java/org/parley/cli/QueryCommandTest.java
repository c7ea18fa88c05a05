package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Fixtures;
import org.parley.store.Store;

/** {@code parley query} on a store filled without models: formats, filters, and errors in one line. */
class QueryCommandTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void fill() throws Exception {
    db = dir.resolve("p.duckdb");
    try (Store store = Store.open(db)) {
      Fixtures.store(store, Fixtures.document("a", "https://one.example/a", LocalDate.of(2025, 8, 18),
          "\"We want a ceasefire, now\" President Anna Berger said.\nAnna Berger met Tomas Varga in Geneva.\n"
              + "Tomas Varga opposes the ceasefire."));
      Fixtures.store(store, Fixtures.document("b", "https://two.example/b", LocalDate.of(2025, 8, 19),
          "\"We want a ceasefire, now\" President Anna Berger said."));
    }
  }

  @Test
  void printsQuotesAsOneJsonArray() throws Exception {
    IngestCliRun r = run("query", "quotes", "--db", db.toString(), "--format", "json", "--speaker", "berger");
    assertThat(r.code()).isZero();
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(1);
    assertThat(array.get(0).get("reports").asInt()).isEqualTo(2);
    assertThat(array.get(0).get("text").asText()).isEqualTo("We want a ceasefire, now");
  }

  @Test
  void printsCsvWithAHeaderAndQuotedCells() {
    IngestCliRun r = run("query", "quotes", "--db", db.toString(), "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out().split("\r\n")).containsExactly("date,speaker,kind,text,reports,sources",
        "2025-08-18,Anna Berger,direct,\"We want a ceasefire, now\",2,https://one.example/a | https://two.example/b");
  }

  @Test
  void printsAnAlignedTableByDefault() {
    IngestCliRun r = run("query", "stances", "--db", db.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList()).hasSize(4);
    assertThat(r.out()).startsWith("actor").contains("Tomas Varga  a ceasefire first  oppose").endsWith("(1 row)\n");
  }

  @Test
  void answersEveryQuery() {
    for (String q : new String[] {"documents", "actors", "quotes", "events", "stances", "changes", "timeline"}) {
      IngestCliRun r = run("query", q, "--db", db.toString(), "--format", "json");
      assertThat(r.code()).as(q).isZero();
      assertThat(r.out()).as(q).startsWith("[");
    }
    assertThat(run("query", "events", "--db", db.toString(), "--type", "CONSULT", "--actor", "varga").out())
        .contains("Anna Berger met Tomas Varga in Geneva.");
    assertThat(run("query", "documents", "--db", db.toString(), "--since", "2025-08-19", "--format", "csv").out()
        .lines()).hasSize(2);
  }

  @Test
  void saysToIngestFirstWhenThereIsNoStore() {
    Path missing = dir.resolve("none/p.duckdb");
    IngestCliRun r = run("query", "actors", "--db", missing.toString()).assertCleanError();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no store at " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void rejectsABadFormatLimitOrMissingQuery() {
    assertThat(run("query", "quotes", "--db", db.toString(), "--format", "xml").assertCleanError().code()).isEqualTo(2);
    IngestCliRun limit = run("query", "quotes", "--db", db.toString(), "--limit", "0").assertCleanError();
    assertThat(limit.code()).isEqualTo(2);
    assertThat(limit.err()).contains("--limit must be >= 1, was 0");
    IngestCliRun none = run("query", "--db", db.toString());
    assertThat(none.code()).isEqualTo(2);
    IngestCliRun bare = run("query").assertCleanError();
    assertThat(bare.code()).isEqualTo(2);
    assertThat(bare.err()).contains("documents, actors, quotes, events, stances, changes, timeline");
  }
}
