package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command line for the store's commands, with stdout and stderr captured. */
record IngestCliRun(int code, String out, String err) {
  static IngestCliRun run(String... args) {
    return runWithStdin("", args);
  }

  static IngestCliRun runWithStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    InputStream originalIn = System.in;
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      code = Main.run(args);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
      System.setIn(originalIn);
    }
    return new IngestCliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** User errors are one line on stderr (picocli may add a "Try ... --help" line), never a stack trace. */
  IngestCliRun assertCleanError() {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(errLines()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    return this;
  }
}
