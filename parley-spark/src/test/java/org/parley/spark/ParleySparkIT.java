package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Stance;

/**
 * The job in {@code local[2]} on 20 Wikinews articles (and two bad records): its quotes and events equal those of
 * the single-machine pipeline on the same articles, and the bad records land in {@code rejects}. The executor is
 * this JVM, so the job and the reference share one set of models.
 */
class ParleySparkIT {
  static final Path CORPUS = Path.of(System.getProperty("parley.shared", "../../shared"), "data/wikinews-ccby.jsonl");
  static final int ARTICLES = 20;

  static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().appName("parley-test").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void quotesEventsAndStancesEqualThoseOfTheSingleMachinePipeline(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("articles.jsonl");
    List<String> lines;
    try (Stream<String> all = Files.lines(CORPUS, StandardCharsets.UTF_8)) {
      lines = new ArrayList<>(all.limit(ARTICLES).toList());
    }
    lines.add("{\"id\": \"no-text\"}");
    lines.add("this is not JSON");
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path output = dir.resolve("tables");

    ParleyJob.Summary summary = ParleyJob.run(spark,
        ParleyJob.parse("--input", input.toString(), "--output", output.toString(), "--partitions", "2"));

    assertThat(summary.documents()).isEqualTo(ARTICLES);
    assertThat(summary.rejects()).isEqualTo(2);
    assertThat(rows(output, "rejects", "reason")).allSatisfy(r -> assertThat(r).isNotBlank());

    TreeSet<String> quotes = new TreeSet<>();
    TreeSet<String> events = new TreeSet<>();
    TreeSet<String> stances = new TreeSet<>();
    for (Loaded l : Inputs.read(input.toString(), null)) {
      if (l instanceof Loaded.Ok ok) {
        Analysis a = ExecutorPipeline.get().analyze(ok.document(), ok.issues());
        String docId = Tables.docId(Tables.docKey(a.document()));
        int n = 0;
        for (Quote q : a.quotes()) {
          quotes.add(String.join("|", docId, String.valueOf(n++), q.begin() + "-" + q.end(), q.text(),
              q.kind().json(), String.valueOf(q.speaker()), String.valueOf(q.cue())));
        }
        n = 0;
        for (Event e : a.events()) {
          events.add(String.join("|", docId, String.valueOf(n++), e.type(), String.valueOf(e.cameo()), e.mode(),
              String.valueOf(e.date()), e.begin() + "-" + e.end(), e.text(), e.source().toString(),
              e.target().toString()));
        }
        n = 0;
        for (Stance st : a.stances()) {
          stances.add(String.join("|", docId, String.valueOf(n++), st.actor(), st.issue(), st.polarity(),
              String.valueOf(st.date()), st.begin() + "-" + st.end()));
        }
      }
    }
    assertThat(quotes).as("the single-machine run finds quotes").isNotEmpty();
    assertThat(new TreeSet<>(rows(output, "quotes", "doc_id", "ordinal", "span", "text", "kind", "speaker", "cue")))
        .isEqualTo(quotes);
    assertThat(new TreeSet<>(rows(output, "events", "doc_id", "ordinal", "type", "cameo", "mode", "date", "span",
        "text", "source", "target"))).isEqualTo(events);
    assertThat(new TreeSet<>(rows(output, "stances", "doc_id", "ordinal", "actor", "issue", "polarity", "date",
        "span"))).isEqualTo(stances);
  }

  /** The table's rows as "a|b|c" strings of the given columns; "span" is span_begin-span_end. */
  private static List<String> rows(Path output, String table, String... columns) {
    List<String> out = new ArrayList<>();
    for (Row r : spark.read().parquet(output.resolve(table).toString()).collectAsList()) {
      List<String> values = new ArrayList<>();
      for (String c : columns) {
        if (c.equals("span")) {
          values.add(r.getAs("span_begin") + "-" + r.getAs("span_end"));
        } else if (c.equals("source") || c.equals("target")) {
          values.add(r.getList(r.fieldIndex(c)).toString());
        } else {
          Object value = r.getAs(c);
          values.add(String.valueOf(value));
        }
      }
      out.add(String.join("|", values));
    }
    return out;
  }
}
