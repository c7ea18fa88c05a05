package org.parley.cli;

import java.io.PrintStream;
import org.parley.corenlp.CoreNlpAnnotator;
import org.parley.pipeline.Annotator;

/** Loads the annotator once per process, saying so on stderr because it takes seconds. */
final class Models {
  private static Annotator annotator;

  private Models() {}

  static synchronized Annotator annotator(PrintStream err) {
    if (annotator == null) {
      long t0 = System.nanoTime();
      err.println("parley: loading CoreNLP models ...");
      annotator = CoreNlpAnnotator.load();
      err.printf("parley: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    return annotator;
  }
}
