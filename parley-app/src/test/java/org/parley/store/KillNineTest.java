package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.sources.Fetcher;
import org.parley.store.sources.Sources;

/**
 * A child JVM ingesting a corpus is killed with SIGKILL in the middle of the run: every document in the store
 * is then whole, and running the ingest again gives the same store as one clean run.
 */
class KillNineTest {
  private static final int DOCUMENTS = 120;
  private static final int KILL_AFTER = 15;

  @TempDir Path dir;

  @Test
  void aRunKilledWithSigkillLeavesWholeDocumentsAndARerunCompletesIt() throws Exception {
    Path corpus = Fixtures.jsonl(dir.resolve("corpus.jsonl"), Fixtures.corpus(DOCUMENTS));
    Path killed = dir.resolve("killed.duckdb");

    Process child = ChildJvm.of(List.of(), KillChild.class, killed.toString(), corpus.toString(), "25", "2")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int stored = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (stored < KILL_AFTER && (line = lines.readLine()) != null) {
        if (line.startsWith("stored ")) {
          stored++;
        }
      }
      assertThatThrownBy(() -> Store.openExisting(killed)).as("the running ingest holds the store")
          .isInstanceOf(StoreException.class).hasMessageContaining("in use by another process (PID " + child.pid() + ")");
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stored).as("documents the child reported stored before it was killed").isEqualTo(KILL_AFTER);
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    List<Item> items = new Sources(Fetcher.http(), null, InputStream.nullInputStream()).expand(List.of(corpus.toString()));
    try (Store store = Store.open(killed)) {
      long kept = Fixtures.count(store, "documents");
      assertThat(kept).as("committed before the kill").isBetween((long) KILL_AFTER, (long) DOCUMENTS - 1);
      for (String docId : store.documentIds()) {
        var a = store.read(docId);
        assertThat(a).as("document " + docId + " is whole").isEqualTo(new FakeAnalyzer().analyze(a.document(),
            List.of()));
        assertThat(Fixtures.scalar(store, "SELECT count(*) FROM provenance WHERE doc_id = '" + docId + "'")).isEqualTo("2");
      }
      IngestSummary rerun = new Ingester(store, FakeAnalyzer::new, 2, false).run(items, o -> { });
      assertThat(rerun.unchanged()).isEqualTo(kept);
      assertThat(rerun.ingested()).isEqualTo(DOCUMENTS - kept);
      assertThat(rerun.failed()).isZero();

      try (Store clean = Store.open(dir.resolve("clean.duckdb"))) {
        new Ingester(clean, FakeAnalyzer::new, 1, false).run(items, o -> { });
        assertThat(Fixtures.dump(store)).isEqualTo(Fixtures.dump(clean));
      }
    }
  }
}
