package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Fixtures;
import org.parley.store.Store;

/** {@code parley export} in its four formats, and its errors. */
class ExportCommandTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void fill() throws Exception {
    db = dir.resolve("p.duckdb");
    try (Store store = Store.open(db)) {
      Fixtures.store(store, Fixtures.document("a", "https://one.example/a", LocalDate.of(2025, 8, 18),
          "\"Now,\" President Anna Berger said.\nAnna Berger met Tomas Varga in Geneva."));
    }
  }

  @Test
  void writesPloverAndJsonlFilesAndStdout() throws Exception {
    Path plover = dir.resolve("out/events.jsonl");
    IngestCliRun p = run("export", "--db", db.toString(), "--format", "plover", "--out", plover.toString());
    assertThat(p.code()).isZero();
    assertThat(p.err()).contains("1 events written to " + plover);
    assertThat(Files.readAllLines(plover)).singleElement().asString().contains("\"event\":\"CONSULT\"");
    IngestCliRun j = run("export", "--db", db.toString(), "--format", "jsonl", "--out", "-");
    assertThat(j.code()).isZero();
    assertThat(j.out().lines()).singleElement().asString().startsWith("{\"document\":{\"id\":\"a\"");
  }

  @Test
  void writesCsvAndParquetFilesPerTable() {
    for (String format : new String[] {"csv", "parquet"}) {
      Path out = dir.resolve(format);
      IngestCliRun r = run("export", "--db", db.toString(), "--format", format, "--out", out.toString());
      assertThat(r.code()).as(format).isZero();
      assertThat(out.resolve("quotes." + format)).exists();
      assertThat(out.resolve("documents." + format)).exists();
      assertThat(r.err()).contains("quotes." + format + " (1 rows)");
    }
  }

  @Test
  void refusesAFileForTablesAndAFolderForLines() throws Exception {
    Path file = Files.writeString(dir.resolve("x.csv"), "");
    IngestCliRun tables = run("export", "--db", db.toString(), "--format", "csv", "--out", file.toString())
        .assertCleanError();
    assertThat(tables.code()).isEqualTo(2);
    assertThat(tables.err()).contains("--out must be a folder");
    IngestCliRun lines = run("export", "--db", db.toString(), "--format", "plover", "--out", dir.toString())
        .assertCleanError();
    assertThat(lines.code()).isEqualTo(2);
    assertThat(run("export", "--db", db.toString(), "--format", "xml", "--out", "x").assertCleanError().code())
        .isEqualTo(2);
    assertThat(run("export", "--db", db.toString(), "--format", "csv").assertCleanError().code()).isEqualTo(2);
  }

  @Test
  void saysToIngestFirstWhenThereIsNoStore() {
    IngestCliRun r = run("export", "--db", dir.resolve("none.duckdb").toString(), "--format", "jsonl", "--out",
        dir.resolve("o.jsonl").toString()).assertCleanError();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no store at");
  }
}
