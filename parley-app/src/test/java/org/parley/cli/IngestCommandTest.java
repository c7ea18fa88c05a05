package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/** {@code parley ingest} on inputs that fail before any model is needed. */
class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void reportsUnreadableInputsInTheSummaryAndExitsWithUsageError() throws Exception {
    Path db = dir.resolve("p.duckdb");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    String missing = dir.resolve("missing.txt").toString();
    IngestCliRun r = run("ingest", "--db", db.toString(), empty.toString(), missing);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("0 ingested, 0 unchanged, 2 failed").contains("failed: empty document: " + empty)
        .contains("failed: no such file: " + missing).doesNotContain("loading CoreNLP").doesNotContain("\tat ");
    try (Store store = Store.openExisting(db)) {
      assertThat(store.documentIds()).isEmpty();
    }
  }

  @Test
  void rejectsBadOptionsInOneLine() {
    IngestCliRun threads = run("ingest", "--threads", "0", "x.txt").assertCleanError();
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be >= 1, was 0");
    assertThat(run("ingest", "--date", "2025-02-30", "x.txt").assertCleanError().code()).isEqualTo(2);
    assertThat(run("ingest").assertCleanError().code()).isEqualTo(2);
  }

  @Test
  void refusesAStoreThatIsAFolder() {
    IngestCliRun r = run("ingest", "--db", dir.toString(), "x.txt").assertCleanError();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is a folder");
  }

  @Test
  void refusesAFileThatIsNotAStore() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes\n".repeat(500));
    IngestCliRun r = run("ingest", "--db", notes.toString(), "x.txt").assertCleanError();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(notes.toString());
  }
}
