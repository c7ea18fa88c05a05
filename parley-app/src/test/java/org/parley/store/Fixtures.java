package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.ingest.Loaded;
import org.parley.model.Analysis;
import org.parley.model.Document;

/** Stores, documents and table dumps for the store's tests. */
public final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every table of documents and findings, for comparing whole stores. */
  public static final List<String> TABLES = List.of("documents", "posts", "actors", "mentions", "quotes", "events",
      "event_actors", "issues", "stances", "options", "times", "data_issues", "provenance");

  private Fixtures() {}

  /** A document dated {@code date}, from {@code url}. */
  public static Document document(String id, String url, LocalDate date, String text) {
    return new Document(id, "Title of " + id, date, url, text, List.of());
  }

  /** Analyses the document with the fake analyzer and writes it under its source. */
  public static Written store(Store store, Document d) throws StoreException {
    Analysis a = new FakeAnalyzer().analyze(d, List.of());
    return store.write(d.source(), a, ContentHash.of(d), new FakeAnalyzer().provenance());
  }

  /** One ingested item from a document. */
  public static Item item(String key, Document d) {
    return new Item(key, new Loaded.Ok(d, List.of()));
  }

  /** A JSON Lines file of records {id, date, title, text, url}. */
  public static Path jsonl(Path file, List<String[]> records) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String[] r : records) {
      ObjectNode o = JSON.createObjectNode().put("id", r[0]).put("date", r[1]).put("title", "Title of " + r[0])
          .put("text", r[2]);
      if (r.length > 3) {
        o.put("url", r[3]);
      }
      b.append(JSON.writeValueAsString(o)).append('\n');
    }
    return Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  /** A corpus of {@code n} generated articles with quotes, meetings, stances and years. */
  public static List<String[]> corpus(int n) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = "Talks, day " + i + ".\n\"We will keep talking about item " + i + ",\" President Anna Berger "
          + "said.\nAnna Berger met Tomas Varga in the capital on the " + i + "th day.\nTomas Varga "
          + (i % 2 == 0 ? "supports" : "opposes") + " the ceasefire, as he did in 2024.\n\"A deal is likely,\" "
          + "Minister Lena Horvat said after meeting number " + i + ".";
      out.add(new String[] {"doc-" + i, LocalDate.of(2025, 1, 1).plusDays(i).toString(), text});
    }
    return out;
  }

  /** Every row of every table, as text, sorted; {@code documents.ingested_at} left out. */
  public static Map<String, List<String>> dump(Store store) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Statement s = store.connection().createStatement()) {
      for (String table : TABLES) {
        String select = table.equals("documents") ? "SELECT * EXCLUDE (ingested_at)" : "SELECT *";
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(select + " FROM " + table + " ORDER BY ALL")) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(i > 1 ? " | " : "").append(r.getString(i));
            }
            rows.add(row.toString());
          }
        }
        out.put(table, rows);
      }
    }
    return out;
  }

  /** The number of rows of a table. */
  public static long count(Store store, String table) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The single value a query answers. */
  public static String scalar(Store store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).as("a row from " + sql).isTrue();
      return r.getString(1);
    }
  }
}
