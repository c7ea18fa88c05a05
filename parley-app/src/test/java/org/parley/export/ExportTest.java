package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Analysis;
import org.parley.render.JsonContract;
import org.parley.store.FakeAnalyzer;
import org.parley.store.Fixtures;
import org.parley.store.Store;
import org.parley.store.StoreException;

/** The four exports: PLOVER event lines, the JSON contract, CSV and Parquet tables. */
class ExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "\"We want a ceasefire now,\" President Anna Berger said.\n"
      + "Anna Berger met Tomas Varga in Geneva.\nTomas Varga opposes the ceasefire. A deal is likely in 2025.";

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void fill() throws StoreException {
    store = Store.open(dir.resolve("p.duckdb"));
    Fixtures.store(store, Fixtures.document("a", "https://one.example/a", LocalDate.of(2025, 8, 18), TEXT));
    Fixtures.store(store, Fixtures.document("b", "b.txt", null, "General Tomas Varga met Anna Berger, again."));
  }

  @AfterEach
  void close() throws StoreException {
    store.close();
  }

  private static List<JsonNode> lines(String jsonl) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void writesEachEventAsAPloverRecordWithActorCodes() throws Exception {
    StringWriter out = new StringWriter();
    assertThat(PloverExport.write(store, out)).isEqualTo(2);
    List<JsonNode> records = lines(out.toString());
    JsonNode first = records.get(0);
    for (String field : List.of("id", "date", "actor", "recipient", "event", "mode", "context", "text", "link")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.get("id").asText()).isEqualTo(Store.docId("https://one.example/a") + "-0");
    assertThat(first.get("date").asText()).isEqualTo("2025-08-18");
    assertThat(first.get("actor").asText()).isEqualTo("RURGOV");
    assertThat(first.get("recipient").asText()).isEqualTo("RUR");
    assertThat(first.get("actor_name").asText()).isEqualTo("Anna Berger");
    assertThat(first.get("recipient_name").asText()).isEqualTo("Tomas Varga");
    assertThat(first.get("event").asText()).isEqualTo("CONSULT");
    assertThat(first.get("mode").asText()).isEqualTo("asserted");
    assertThat(first.get("text").asText()).isEqualTo("Anna Berger met Tomas Varga in Geneva.");
    assertThat(first.get("link").asText()).isEqualTo("https://one.example/a");
    assertThat(first.get("context").isNull()).isTrue();
    JsonNode undated = records.get(1);
    assertThat(undated.get("date").isNull()).isTrue();
    assertThat(undated.get("link").asText()).isEqualTo("b.txt");
    assertThat(undated.get("actor").asText()).as("merged with the General of the other document").isEqualTo("RURMIL");
  }

  @Test
  void writesTheJsonContractOfEveryDocument() throws Exception {
    StringWriter out = new StringWriter();
    assertThat(JsonlExport.write(store, out)).isEqualTo(2);
    List<JsonNode> docs = lines(out.toString());
    Analysis a = new FakeAnalyzer().analyze(Fixtures.document("a", "https://one.example/a", LocalDate.of(2025, 8, 18),
        TEXT), List.of());
    assertThat(docs.get(0)).isEqualTo(JSON.readTree(JSON.writeValueAsString(JsonContract.toJson(a))));
    assertThat(docs.get(1).path("document").path("id").asText()).isEqualTo("b");
    assertThat(out.toString()).endsWith("}\n").doesNotContain("\n\n");
  }

  @Test
  void writesEveryTableAsCsvWithAHeader() throws Exception {
    Map<Path, Long> files = TableExport.write(store, dir.resolve("csv"), TableExport.Format.CSV);
    assertThat(files).hasSize(TableExport.TABLES.size());
    Path quotes = dir.resolve("csv/quotes.csv").toAbsolutePath();
    assertThat(files.get(quotes)).isEqualTo(1L);
    List<String> lines = Files.readAllLines(quotes, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("doc_id,ordinal,span_begin,span_end,text,kind,speaker,cue");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("We want a ceasefire now,").contains("anna-berger");
    assertThat(Files.readAllLines(dir.resolve("csv/documents.csv"))).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void writesEveryTableAsParquetThatReadsBackWhole() throws Exception {
    Map<Path, Long> files = TableExport.write(store, dir.resolve("pq"), TableExport.Format.PARQUET);
    assertThat(files.keySet()).allSatisfy(p -> assertThat(p).exists().hasExtension("parquet"));
    try (Statement s = store.connection().createStatement()) {
      for (String table : TableExport.TABLES) {
        Path file = dir.resolve("pq/" + table + ".parquet").toAbsolutePath();
        try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM read_parquet('" + file + "')) = "
            + "(SELECT count(*) FROM " + table + "), (SELECT count(*) FROM (SELECT * FROM read_parquet('" + file
            + "') EXCEPT SELECT * FROM " + table + "))")) {
          r.next();
          assertThat(r.getBoolean(1)).as(table + " row count").isTrue();
          assertThat(r.getLong(2)).as(table + " rows differing").isZero();
        }
      }
    }
  }
}
