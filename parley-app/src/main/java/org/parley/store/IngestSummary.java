package org.parley.store;

import java.util.ArrayList;
import java.util.List;

/** Counts of an ingest, and every failure with its reason, in input order. */
public final class IngestSummary {
  private final List<Outcome> outcomes = new ArrayList<>();
  private int ingested;
  private int replaced;
  private int unchanged;
  private final List<Outcome.Failed> failures = new ArrayList<>();

  void add(Outcome o) {
    outcomes.add(o);
    if (o instanceof Outcome.Stored s) {
      ingested++;
      if (s.written().replaced()) {
        replaced++;
      }
    } else if (o instanceof Outcome.Unchanged) {
      unchanged++;
    } else if (o instanceof Outcome.Failed f) {
      failures.add(f);
    }
  }

  /** Documents analysed and written, new or replacing (see {@link #replaced()}). */
  public int ingested() {
    return ingested;
  }

  /** Of the ingested, those that replaced a stored revision with changed content. */
  public int replaced() {
    return replaced;
  }

  public int unchanged() {
    return unchanged;
  }

  public int failed() {
    return failures.size();
  }

  public List<Outcome.Failed> failures() {
    return List.copyOf(failures);
  }

  public List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** True when some input could not be read. */
  public boolean anyBadInput() {
    return failures.stream().anyMatch(Outcome.Failed::badInput);
  }

  /** True when analysing or storing some document failed. */
  public boolean anyFailure() {
    return failures.stream().anyMatch(f -> !f.badInput());
  }
}
