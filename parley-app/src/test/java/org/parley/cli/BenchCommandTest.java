package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Loaded;
import org.parley.model.Document;

/** {@code parley bench} on bad usage, which fails before any model loads; and its report lines. */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void rejectsALimitBelowOne() {
    assertThat(errors("bench", "corpus.jsonl", "--limit", "0")).contains("--limit must be >= 1, was 0");
  }

  @Test
  void rejectsZeroThreads() {
    assertThat(errors("bench", "corpus.jsonl", "--threads", "0")).contains("--threads must be between 1 and");
  }

  @Test
  void rejectsAMissingCorpusWithUsageError() {
    String missing = dir.resolve("missing.jsonl").toString();
    assertThat(errors("bench", missing)).contains(missing);
  }

  @Test
  void warmsUpOnTheDocumentsAfterTheMeasuredOnesWhereTheCorpusHasThem() {
    List<Loaded.Ok> all = java.util.stream.IntStream.range(0, 10)
        .mapToObj(i -> new Loaded.Ok(new Document("d" + i, null, null, "test", "Text " + i + ".", List.of()),
            List.of()))
        .toList();
    assertThat(BenchCommand.warmUpCandidates(all, 6)).extracting(d -> d.document().id())
        .containsExactly("d6", "d7", "d8", "d9");
    assertThat(BenchCommand.warmUpCandidates(all, 10)).hasSize(10);
  }

  @Test
  void warmUpThatNeverSettlesStopsAtItsBudgetCyclingThroughTheCandidates() {
    java.util.concurrent.ExecutorService pool = BenchRun.pool(2);
    try {
      java.util.concurrent.ConcurrentHashMap<Integer, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();
      // a task that costs no CPU never shows a steady share of side work
      BenchWarmUp.Result r = BenchWarmUp.run(pool, List.of(0, 1, 2), 7, i -> seen.merge(i, 1, Integer::sum));
      assertThat(r.documents()).isEqualTo(7);
      assertThat(seen).containsEntry(0, 3).containsEntry(1, 2).containsEntry(2, 2);
      assertThat(BenchWarmUp.run(pool, List.of(0, 1, 2), 0, i -> i).describe()).isEqualTo("no warm-up");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharesAddUpToTheWholeInPipelineOrder() {
    String line = BenchCommand.shares(new long[] {90, 5, 5, 0, 0, 0, 0});
    assertThat(line).startsWith("annotate 90.0%, actors 5.0%, quotes 5.0%, times 0.0%");
    assertThat(BenchCommand.annotatorShares(Map.of("POSTaggerAnnotator", 1.0))).isEqualTo("POSTagger 100.0%");
  }

  @Test
  void keepsResultsInInputOrderAcrossThreads() {
    BenchRun<Integer> run = BenchRun.run(List.of(5, 1, 4, 2, 3), 3, i -> {
      if (i == 4) {
        throw new IllegalStateException("bad item");
      }
      return i * 10;
    });
    assertThat(run.results).containsExactly(50, 10, null, 20, 30);
    assertThat(run.failures).isEqualTo(1);
    assertThat(run.peakHeapBytes).isPositive();
  }

  /** Runs the command line and returns stderr, asserting exit code 2 (bad usage or input). */
  private static String errors(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setErr(saved);
    }
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isEqualTo(2);
    return text;
  }
}
