package org.parley.cli;

import java.util.List;
import org.parley.actors.ActorExtractor;
import org.parley.actors.ActorIndex;
import org.parley.events.EventExtractor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Event;
import org.parley.model.Option;
import org.parley.model.Quote;
import org.parley.model.TimeValue;
import org.parley.options.OptionExtractor;
import org.parley.pipeline.Issues;
import org.parley.pipeline.Pipeline;
import org.parley.quotes.QuoteExtractor;
import org.parley.stance.StanceExtractor;
import org.parley.stance.StanceResult;
import org.parley.time.TimeExtractor;

/**
 * {@link Pipeline#extract} stage by stage, with a clock around each: the same extractors called the same way in
 * the same order, so that {@code parley bench} can say where the time goes. {@code BenchIT} checks that it gives
 * what {@code Pipeline.extract} gives; change both together.
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

  /** As {@link Pipeline#extract}, timing each extractor on {@code clock} (stages 1 and on). */
  static Analysis extract(AnnotatedDocument annotated, List<DataIssue> ingestIssues, Clock clock) {
    Issues issues = new Issues();
    issues.addAll(ingestIssues);
    ActorIndex actors = new ActorExtractor().extract(annotated, issues);
    clock.lap(1);
    List<Quote> quotes = new QuoteExtractor().extract(annotated, actors, issues);
    clock.lap(2);
    List<TimeValue> times = new TimeExtractor().extract(annotated, issues);
    clock.lap(3);
    List<Event> events = new EventExtractor().extract(annotated, actors, quotes, times, issues);
    clock.lap(4);
    StanceResult stances = new StanceExtractor().extract(annotated, actors, quotes, times, issues);
    clock.lap(5);
    List<Option> options = new OptionExtractor().extract(annotated, issues);
    clock.lap(6);
    return new Analysis(annotated.document(), actors.actors(), quotes, events, stances.issues(), stances.stances(),
        options, times, issues.list());
  }
}
