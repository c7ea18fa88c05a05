package org.parley.cli;

import java.util.List;
import org.parley.actors.ActorExtractor;
import org.parley.events.EventExtractor;
import org.parley.options.OptionExtractor;
import org.parley.pipeline.Pipeline;
import org.parley.quotes.QuoteExtractor;
import org.parley.stance.StanceExtractor;
import org.parley.time.TimeExtractor;

/**
 * The stages of the pipeline and a clock around each, so that {@code parley bench} can say where the time goes: the
 * annotator, then the extractors as {@link Pipeline#extract} reports them.
 */
final class BenchStages {
  /** Stage names in pipeline order; "annotate" is the annotator, the others are the extractors. */
  static final List<String> NAMES = List.of("annotate", ActorExtractor.NAME, QuoteExtractor.NAME, TimeExtractor.NAME,
      EventExtractor.NAME, StanceExtractor.NAME, OptionExtractor.NAME);

  /** Nanoseconds spent in each stage of {@link #NAMES}, for one document. */
  static final class Clock {
    final long[] nanos = new long[NAMES.size()];
    private long last = System.nanoTime();

    void lap(int stage) {
      long now = System.nanoTime();
      nanos[stage] += now - last;
      last = now;
    }
  }

  private BenchStages() {}
}
