package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCliRun.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley watch}: options checked before anything is fetched. */
class WatchCommandTest {
  @TempDir Path dir;

  @Test
  void takesOnlyHttpUrls() {
    IngestCliRun r = run("watch", "--once", "--db", dir.resolve("p.duckdb").toString(), "feed.xml").assertCleanError();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("watch takes http(s) URLs of feeds or pages, found 'feed.xml'");
  }

  @Test
  void rejectsAnIntervalBelowOneSecond() {
    IngestCliRun r = run("watch", "--every", "0", "https://example.org/feed").assertCleanError();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--every must be >= 1 second, was 0");
  }

  @Test
  void reportsAnUnreachableSourceAndExitsWithFailure() {
    IngestCliRun r = run("watch", "--once", "--timeout", "2", "--db", dir.resolve("p.duckdb").toString(),
        "http://127.0.0.1:9/feed.xml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("parley: watch: cannot reach http://127.0.0.1:9/feed.xml")
        .contains("1 sources, 0 new documents, 0 changed, 1 failed").doesNotContain("\tat ");
  }
}
