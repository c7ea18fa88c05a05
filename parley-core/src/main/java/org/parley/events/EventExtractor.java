package org.parley.events;

import java.util.List;
import org.parley.actors.ActorIndex;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.TimeValue;
import org.parley.pipeline.Issues;

/** Who did what to whom: PLOVER events with CAMEO codes, coded from dependency structure. */
public final class EventExtractor {
  public static final String NAME = "events";

  public String name() {
    return NAME;
  }

  public List<Event> extract(AnnotatedDocument doc, ActorIndex actors, List<Quote> quotes, List<TimeValue> times,
      Issues issues) {
    return List.of(); // coded in issue #4
  }
}
