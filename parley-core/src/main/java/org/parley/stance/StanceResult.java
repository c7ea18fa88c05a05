package org.parley.stance;

import java.util.List;
import org.parley.model.Issue;
import org.parley.model.Stance;

/** The issues of a document and the actors' positions on them. */
public record StanceResult(List<Issue> issues, List<Stance> stances) {
  public StanceResult {
    issues = List.copyOf(issues);
    stances = List.copyOf(stances);
  }
}
