package org.parley.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.parley.actors.ActorExtractor;
import org.parley.actors.ActorIndex;
import org.parley.events.EventExtractor;
import org.parley.model.Analysis;
import org.parley.model.AnnotatedDocument;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Issues;
import org.parley.model.Option;
import org.parley.model.Quote;
import org.parley.model.TimeValue;
import org.parley.options.OptionExtractor;
import org.parley.quotes.QuoteExtractor;
import org.parley.stance.IssueMerger;
import org.parley.stance.StanceExtractor;
import org.parley.stance.StanceResult;
import org.parley.time.TimeExtractor;

/**
 * Parley's front door: a cleaned {@link Document} in, an {@link Analysis} out. Annotates once, then runs the
 * extractors in order: actors, quotes, times, events, stances and issues, options; {@link #provenance()} names
 * them. Thread-safe when the annotator is.
 */
public final class Pipeline {
  private final Annotator annotator;
  private final IssueMerger merger;

  /** A pipeline that merges issues by synonyms and lemmas only. */
  public Pipeline(Annotator annotator) {
    this(annotator, IssueMerger.lexical());
  }

  /** A pipeline that merges the issues of a document with {@code merger}. */
  public Pipeline(Annotator annotator, IssueMerger merger) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.merger = Objects.requireNonNull(merger, "merger");
  }

  /** How this pipeline merges the issues of a document (and how callers should merge them across documents). */
  public IssueMerger merger() {
    return merger;
  }

  public Analysis analyze(Document document, List<DataIssue> ingestIssues) {
    return extract(annotator.annotate(document), ingestIssues, merger);
  }

  /**
   * Which component, in which version, runs each stage, in the order {@link #analyze} runs them: the annotator,
   * then the extractors.
   */
  public List<Provenance> provenance() {
    String v = Provenance.coreVersion();
    return List.of(
        new Provenance("annotator", annotator.name(), v),
        new Provenance("actors", ActorExtractor.NAME, v),
        new Provenance("quotes", QuoteExtractor.NAME, v),
        new Provenance("times", TimeExtractor.NAME, v),
        new Provenance("events", EventExtractor.NAME, v),
        new Provenance("stances", StanceExtractor.NAME, v),
        new Provenance("options", OptionExtractor.NAME, v));
  }

  /** The extraction stages alone, for frozen annotations: no models needed; issues merged lexically. */
  public static Analysis extract(AnnotatedDocument annotated, List<DataIssue> ingestIssues) {
    return extract(annotated, ingestIssues, IssueMerger.lexical());
  }

  /** The extraction stages alone, for frozen annotations, with the issues of the document merged by {@code merger}. */
  public static Analysis extract(AnnotatedDocument annotated, List<DataIssue> ingestIssues, IssueMerger merger) {
    return extract(annotated, ingestIssues, merger, stage -> { });
  }

  /**
   * As {@link #extract(AnnotatedDocument, List, IssueMerger)}, telling {@code afterStage} the number of each stage
   * as it ends (1 actors, 2 quotes, 3 times, 4 events, 5 stances, 6 options): for {@code parley bench}'s timings.
   */
  public static Analysis extract(AnnotatedDocument annotated, List<DataIssue> ingestIssues, IssueMerger merger,
      IntConsumer afterStage) {
    Issues issues = new Issues();
    issues.addAll(ingestIssues);
    ActorIndex actors = new ActorExtractor().extract(annotated, issues);
    afterStage.accept(1);
    List<Quote> quotes = new QuoteExtractor().extract(annotated, actors, issues);
    afterStage.accept(2);
    List<TimeValue> times = new TimeExtractor().extract(annotated, issues);
    afterStage.accept(3);
    List<Event> events = new EventExtractor().extract(annotated, actors, quotes, times, issues);
    afterStage.accept(4);
    StanceResult stances = new StanceExtractor(merger).extract(annotated, actors, quotes, times, issues);
    afterStage.accept(5);
    List<Option> options = new OptionExtractor().extract(annotated, issues);
    afterStage.accept(6);
    return new Analysis(annotated.document(), actors.actors(), quotes, events, stances.issues(), stances.stances(),
        options, times, issues.list());
  }
}
