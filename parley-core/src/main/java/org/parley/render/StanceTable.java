package org.parley.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Issue;
import org.parley.model.Stance;
import org.parley.util.Nullable;

/**
 * The stance matrix of one analysis: actors who took a position (in order of first mention) down the side,
 * issues (most contested first) across, and in each cell the actor's last stated position with its evidence.
 */
public final class StanceTable {
  private final List<Actor> actors;
  private final List<Issue> issues;
  private final Map<String, Stance> cells;

  private StanceTable(List<Actor> actors, List<Issue> issues, Map<String, Stance> cells) {
    this.actors = List.copyOf(actors);
    this.issues = List.copyOf(issues);
    this.cells = Map.copyOf(cells);
  }

  public static StanceTable of(Analysis a) {
    Map<String, Stance> cells = new LinkedHashMap<>();
    Map<String, Integer> perIssue = new HashMap<>();
    List<Stance> ordered = new ArrayList<>(a.stances());
    ordered.sort(Comparator.comparingInt(Stance::begin));
    for (Stance s : ordered) {
      cells.put(key(s.actor(), s.issue()), s); // the last position in the text wins
      perIssue.merge(s.issue(), 1, Integer::sum);
    }
    List<Actor> actors = new ArrayList<>();
    for (Actor x : a.actors()) {
      if (ordered.stream().anyMatch(s -> s.actor().equals(x.id()))) {
        actors.add(x);
      }
    }
    List<Issue> issues = new ArrayList<>();
    for (Issue i : a.issues()) {
      if (perIssue.containsKey(i.id())) {
        issues.add(i);
      }
    }
    issues.sort(Comparator.comparingInt((Issue i) -> -perIssue.get(i.id())));
    return new StanceTable(actors, issues, cells);
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Issue> issues() {
    return issues;
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  public @Nullable Stance cell(String actorId, String issueId) {
    return cells.get(key(actorId, issueId));
  }

  private static String key(String actor, String issue) {
    return actor + "\u0000" + issue;
  }
}
