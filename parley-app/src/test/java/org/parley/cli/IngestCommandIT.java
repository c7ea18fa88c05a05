package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ChildJvm;
import org.parley.store.Fixtures;
import org.parley.store.Store;

/**
 * {@code parley ingest} with the real pipeline on Wikinews articles: idempotent, and a run killed with SIGKILL
 * mid-way then run again gives the same store as one clean single-threaded run.
 */
class IngestCommandIT {
  private static final Path CORPUS =
      Path.of(System.getProperty("parley.shared", "../../shared")).resolve("data/wikinews-ccby.jsonl");
  private static final Pattern PROGRESS = Pattern.compile("parley: ingest (\\d+)/(\\d+)");

  @TempDir Path dir;

  private Path firstArticles(int n) throws Exception {
    List<String> lines;
    try (Stream<String> all = Files.lines(CORPUS, StandardCharsets.UTF_8)) {
      lines = all.limit(n).toList();
    }
    return Files.write(dir.resolve("wikinews-" + n + ".jsonl"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void ingestsArticlesOnceAndFindsNothingNewTheSecondTime() throws Exception {
    Path corpus = firstArticles(5);
    Path db = dir.resolve("p.duckdb");
    IngestCliRun first = run("ingest", "--db", db.toString(), corpus.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("5 ingested, 0 unchanged, 0 failed");
    IngestCliRun second = run("ingest", "--db", db.toString(), corpus.toString());
    assertThat(second.code()).isZero();
    assertThat(second.err()).contains("0 ingested, 5 unchanged, 0 failed");

    JsonNode docs = new ObjectMapper().readTree(run("query", "documents", "--db", db.toString(), "--format", "json").out());
    assertThat(docs).hasSize(5);
    assertThat(docs.get(0).get("quotes").asInt()).isPositive();
    JsonNode actors = new ObjectMapper().readTree(run("query", "actors", "--db", db.toString(), "--format", "json",
        "--name", "Trump").out());
    assertThat(actors.get(0).get("name").asText()).isEqualTo("Donald Trump");
    assertThat(actors.get(0).get("documents").asInt()).isGreaterThanOrEqualTo(2);
    try (Store store = Store.openExisting(db)) {
      assertThat(Fixtures.scalar(store, "SELECT string_agg(DISTINCT extractor, ',' ORDER BY extractor) FROM provenance "
          + "WHERE stage = 'annotator'")).startsWith("corenlp-");
      assertThat(Fixtures.count(store, "provenance")).isEqualTo(5 * 7);
    }
  }

  @Test
  void aRunKilledWithSigkillAndRunAgainEqualsACleanRun() throws Exception {
    Path corpus = firstArticles(6);
    Path killed = dir.resolve("killed.duckdb");
    Process child = ChildJvm.of(List.of("-Xmx3g"), Main.class, "ingest", "--db", killed.toString(), corpus.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int done = 0;
    List<String> log = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        log.add(line);
        Matcher m = PROGRESS.matcher(line);
        if (m.find()) {
          done = Integer.parseInt(m.group(1));
          break;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(done).as("progress before the kill: " + log).isBetween(1, 5);

    IngestCliRun rerun = run("ingest", "--db", killed.toString(), corpus.toString());
    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(rerun.err()).contains("0 failed");
    Matcher counts = Pattern.compile("parley: (\\d+) ingested, (\\d+) unchanged").matcher(rerun.err());
    assertThat(counts.find()).isTrue();
    assertThat(Integer.parseInt(counts.group(2))).as("stored before the kill").isGreaterThanOrEqualTo(done);
    assertThat(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2))).isEqualTo(6);

    Path clean = dir.resolve("clean.duckdb");
    assertThat(run("ingest", "--threads", "1", "--db", clean.toString(), corpus.toString()).code()).isZero();
    try (Store a = Store.openExisting(killed); Store b = Store.openExisting(clean)) {
      assertThat(Fixtures.dump(a)).isEqualTo(Fixtures.dump(b));
      assertThat(Fixtures.count(a, "documents")).isEqualTo(6);
    }
  }
}
