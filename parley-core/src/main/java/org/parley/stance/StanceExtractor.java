package org.parley.stance;

import java.util.List;
import org.parley.actors.ActorIndex;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Quote;
import org.parley.model.TimeValue;
import org.parley.pipeline.Issues;

/** Who stands where: issues actors take positions on, and each actor's polarity with its evidence. */
public final class StanceExtractor {
  public static final String NAME = "stances";

  public String name() {
    return NAME;
  }

  public StanceResult extract(AnnotatedDocument doc, ActorIndex actors, List<Quote> quotes, List<TimeValue> times,
      Issues issues) {
    return new StanceResult(List.of(), List.of()); // found in issue #5
  }
}
