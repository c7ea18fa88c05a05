package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley brief} on inputs and options that fail before the models load. */
class BriefCommandTest {
  @TempDir Path dir;

  @Test
  void reportsAMissingFileInOneLineNamingItAndExitsWithUsageError() {
    String missing = dir.resolve("no-such-article.txt").toString();
    Run run = run("brief", missing);
    assertThat(run.code).isEqualTo(2);
    assertThat(run.lines()).singleElement().asString().contains(missing);
    assertNoStackTrace(run);
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run run = run("brief", empty.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.lines()).singleElement().asString().contains(empty.toString());
    assertNoStackTrace(run);
  }

  @Test
  void rejectsABinaryFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Path binary = Files.write(dir.resolve("photo.txt"), png);
    Run run = run("brief", binary.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.lines()).singleElement().asString().contains(binary.toString());
    assertNoStackTrace(run);
  }

  @Test
  void reportsABadDateInALineNamingTheOption() {
    Run run = run("brief", "--date", "2025-13-45", dir.resolve("missing.txt").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.lines()).isNotEmpty();
    assertThat(run.lines().get(0)).contains("--date", "2025-13-45");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void saysWhatADateMustLookLikeWithoutNamingJavaClasses() {
    Run run = run("brief", "--date", "2025-13-45", dir.resolve("missing.txt").toString());
    assertThat(run.lines().get(0)).contains("--date", "YYYY-MM-DD", "2025-13-45");
    assertNoStackTrace(run);
    assertThat(run.err).doesNotContain("java.");
  }

  @Test
  void rejectsAnUnknownOption() {
    Run run = run("brief", "--colour", "red", dir.resolve("missing.txt").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("--colour");
    assertNoStackTrace(run);
  }

  @Test
  void rejectsAnUnknownFormat() {
    Run run = run("brief", "--format", "xml", dir.resolve("missing.txt").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.lines()).isNotEmpty();
    assertThat(run.lines().get(0)).contains("--format", "xml");
    assertNoStackTrace(run);
  }

  @Test
  void makesAFileNameOfAnIdByReplacingWhatIsNotSafe() {
    assertThat(BriefCommand.fileName("wikinews:A/B c")).isEqualTo("wikinews_A_B_c");
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** Runs the command line with stderr captured. */
  private static Run run(String... args) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int code;
    try (PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setErr(err);
      code = Main.run(args);
    } finally {
      System.setErr(original);
    }
    return new Run(code, captured.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String err) {
    List<String> lines() {
      return err.lines().toList();
    }
  }
}
