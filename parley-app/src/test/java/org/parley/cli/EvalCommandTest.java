package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final String REPORT = "QUOTES  correct 3/4   found (speech only) 3/3   system quotes (non-indirect) 5, "
      + "matched to no gold quote 1\n";

  @Test
  void quotePrecisionCountsTheSystemQuotesOfDocumentsWithQuoteGold() {
    int[] acc = new int[2];
    EvalCommand.addQuotePrecision(REPORT, "quotes 3/4 indirect 0/0", acc);
    assertThat(acc).containsExactly(1, 5);
  }

  @Test
  void quotePrecisionSkipsDocumentsAnnotatedWithoutQuotes() {
    int[] acc = new int[2];
    EvalCommand.addQuotePrecision(REPORT, "quotes 0/0 stances 2/3", acc);
    assertThat(acc).containsExactly(0, 0);
  }

  @Test
  void keepsEachDocumentsJsonAndBriefingInTheOutFolder(@TempDir Path dir) throws Exception {
    Path gold = borderDispute(dir);
    Path frozen = dir.resolve("frozen");
    Path out = dir.resolve("out");

    int code = Main.run("eval", "--lexical-issues", "--shared", SeedAccuracyIT.SHARED.toString(), "--frozen",
        frozen.toString(), "--out",
        out.toString(), gold.toString());

    assertThat(code).isZero();
    assertThat(out.resolve("border-dispute.json")).content().contains("\"quotes\"");
    assertThat(out.resolve("border-dispute.md")).content().startsWith("#");
  }

  @Test
  void aDocumentWhoseAnalysisFailsIsScoredAsEmptyAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    Path frozen = Files.createDirectories(dir.resolve("frozen"));
    Path broken = Files.writeString(dir.resolve("a-broken.txt"), "The minister said nothing new.\n");
    Files.writeString(frozen.resolve("a-broken.annotated.json"), "{\"document\": {\"id\": ", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a-broken.gold.json"), "{\"document\": {\"file\": \"" + json(broken)
        + "\"}, \"indirect\": [{\"speaker\": \"minister\", \"contains\": \"nothing new\"}]}", StandardCharsets.UTF_8);
    borderDispute(dir);
    Files.writeString(dir.resolve("c-missing.gold.json"), "{\"document\": {\"file\": \"no-such-file.txt\"}}",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream was = System.out;
    int code;
    try {
      System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
      code = Main.run("eval", "--lexical-issues", "--shared", SeedAccuracyIT.SHARED.toString(), "--frozen",
          frozen.toString(), "--out", out.toString(), dir.toString());
    } finally {
      System.setOut(was);
    }

    assertThat(code).isEqualTo(1);
    assertThat(out.resolve("border-dispute.json")).content().contains("\"quotes\"");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("a-broken ").contains("border-dispute ").contains("indirect 0/1");
  }

  @Test
  void leavesNoScratchFolderBehind(@TempDir Path dir) throws Exception {
    Path gold = borderDispute(dir);
    Path frozen = dir.resolve("frozen");
    Path scratch = Files.createDirectories(dir.resolve("scratch"));
    String was = System.getProperty("java.io.tmpdir");
    int code;
    try {
      System.setProperty("java.io.tmpdir", scratch.toString());
      code = Main.run("eval", "--lexical-issues", "--shared", SeedAccuracyIT.SHARED.toString(), "--frozen",
          frozen.toString(), gold.toString());
    } finally {
      System.setProperty("java.io.tmpdir", was);
    }

    assertThat(code).isZero();
    assertThat(scratch).isEmptyDirectory();
  }

  /** A gold file with no items for the frozen test text border-dispute, whose annotation goes to dir/frozen. */
  private static Path borderDispute(Path dir) throws java.io.IOException {
    Path text = Path.of("../parley-corenlp/src/test/resources/texts/border-dispute.txt").toAbsolutePath();
    Path frozen = Files.createDirectories(dir.resolve("frozen"));
    Files.copy(Path.of("../parley-core/src/test/resources/annotated/border-dispute.annotated.json"),
        frozen.resolve("border-dispute.annotated.json"));
    return Files.writeString(dir.resolve("border-dispute.gold.json"),
        "{\"document\": {\"file\": \"" + json(text) + "\"}}", StandardCharsets.UTF_8);
  }

  private static String json(Path p) {
    return p.toAbsolutePath().toString().replace("\\", "\\\\");
  }
}
