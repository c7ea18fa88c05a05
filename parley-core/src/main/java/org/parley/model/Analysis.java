package org.parley.model;

import java.util.List;
import java.util.Objects;

/** Everything Parley found in one document: immutable, every finding pointing into {@code document.text}. */
public record Analysis(
    Document document,
    List<Actor> actors,
    List<Quote> quotes,
    List<Event> events,
    List<Issue> issues,
    List<Stance> stances,
    List<Option> options,
    List<TimeValue> times,
    List<DataIssue> dataIssues) {
  public Analysis {
    Objects.requireNonNull(document, "document");
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    issues = List.copyOf(issues);
    stances = List.copyOf(stances);
    options = List.copyOf(options);
    times = List.copyOf(times);
    dataIssues = List.copyOf(dataIssues);
  }

  public Actor actor(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }
}
