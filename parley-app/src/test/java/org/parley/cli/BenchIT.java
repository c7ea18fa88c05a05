package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.model.Analysis;
import org.parley.pipeline.Annotator;
import org.parley.pipeline.Pipeline;
import org.parley.render.JsonContract;
import org.parley.stance.IssueMerger;

/** {@code parley bench} with the real models: the same output on any number of threads, and as the pipeline's. */
class BenchIT {
  static final Path CORPUS = Path.of(System.getProperty("parley.shared", "../../shared"), "data/wikinews-ccby.jsonl");

  static List<Loaded.Ok> firstArticles(int n) {
    List<Loaded.Ok> docs = new ArrayList<>();
    for (Loaded l : Inputs.read(CORPUS.toString(), null)) {
      if (l instanceof Loaded.Ok o && docs.size() < n) {
        docs.add(o);
      }
    }
    return docs;
  }

  @Test
  void twoThreadsGiveWhatOneThreadAndThePipelineGive() {
    Annotator annotator = Models.annotator(System.err);
    List<Loaded.Ok> docs = firstArticles(6);
    BenchCommand.Parley one = BenchCommand.parley(annotator, IssueMerger.lexical(), docs, 1);
    BenchCommand.Parley two = BenchCommand.parley(annotator, IssueMerger.lexical(), docs, 2);
    assertThat(one.run().failures).isZero();
    assertThat(two.run().failures).isZero();
    Pipeline pipeline = new Pipeline(annotator);
    for (int i = 0; i < docs.size(); i++) {
      String single = JsonContract.write(one.run().results.get(i));
      assertThat(JsonContract.write(two.run().results.get(i))).as("document %d on two threads", i).isEqualTo(single);
      Analysis direct = pipeline.analyze(docs.get(i).document(), docs.get(i).issues());
      assertThat(JsonContract.write(direct)).as("document %d through Pipeline.analyze", i).isEqualTo(single);
    }
    assertThat(one.tokens()).isEqualTo(two.tokens()).isPositive();
  }

  @Test
  void printsThroughputAndStageShares() {
    Models.annotator(System.err);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int code;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code = Main.run("bench", CORPUS.toString(), "--limit", "3", "--threads", "2", "--warmup", "20");
    } finally {
      System.setOut(saved);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(code).as(out).isZero();
    assertThat(out).contains("documents/s", "tokens/s", "peak heap", "annotate", "quotes", "events",
        "warm-up 20 documents", "JIT compilation");
  }
}
