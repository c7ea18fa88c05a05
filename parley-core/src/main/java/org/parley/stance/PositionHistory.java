package org.parley.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.actors.ActorNames;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Issue;
import org.parley.model.Post;
import org.parley.model.Stance;
import org.parley.util.Nullable;

/**
 * Positions across a set of documents briefed together: which issues they share (merged by an {@link IssueMerger},
 * so "a truce" in one and "a ceasefire" in another are one), and where an actor's polarity on an issue changed.
 *
 * <p>A change is the same actor (by {@link ActorNames}) on the same merged issue with a different polarity at a
 * later moment: a later document, or a later live post of the same document. The positions of one actor on one
 * issue are taken in date order when all of them are dated, else in the order of the documents and the text.
 * Two different polarities at one moment (one post, or one article) are mixed, not a change. Immutable.
 */
public final class PositionHistory {
  /** One position: a stance of document {@code document} (its index in the set). */
  public record Position(int document, String documentId, Stance stance, int post) {}

  /**
   * A change of position.
   *
   * @param actor the actor's name as the later document gives it
   * @param issue the merged issue's label
   * @param key the merged issue's key
   */
  public record Change(String actor, String issue, String key, Position from, Position to) {}

  /**
   * An issue of more than one document.
   *
   * @param labels the label each document gave it, by document index
   * @param evidence the words of each document's first stance on it, by document index (absent without one)
   */
  public record SharedIssue(String key, String label, Map<Integer, String> labels, Map<Integer, String> evidence) {
    public SharedIssue {
      labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
  }

  private final List<Analysis> documents;
  private final List<Map<String, Issue>> merged;
  private final List<SharedIssue> shared;
  private final List<Change> changes;

  private PositionHistory(List<Analysis> documents, List<Map<String, Issue>> merged, List<SharedIssue> shared,
      List<Change> changes) {
    this.documents = documents;
    this.merged = merged;
    this.shared = shared;
    this.changes = changes;
  }

  /**
   * The history of one document briefed alone: its issues merged lexically, its changes those between its live
   * posts. What the renderers use when given a single analysis.
   */
  public static PositionHistory alone(Analysis document) {
    return of(List.of(document), IssueMerger.lexical());
  }

  /** The history of documents in the order given (the order positions are read in when dates are missing). */
  public static PositionHistory of(List<Analysis> documents, IssueMerger merger) {
    Objects.requireNonNull(merger, "merger");
    List<Analysis> docs = List.copyOf(documents);
    List<Issue> all = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      for (Issue i : docs.get(d).issues()) {
        all.add(i);
        owner.add(d);
      }
    }
    int[] groups = merger.groups(all);
    List<Map<String, Issue>> merged = new ArrayList<>();
    docs.forEach(a -> merged.add(new LinkedHashMap<>()));
    Map<Integer, Map<Integer, String>> labels = new LinkedHashMap<>();
    for (int k = 0; k < all.size(); k++) {
      Issue head = all.get(groups[k]);
      merged.get(owner.get(k)).put(all.get(k).id(), head);
      labels.computeIfAbsent(groups[k], g -> new LinkedHashMap<>()).putIfAbsent(owner.get(k), all.get(k).label());
    }
    List<SharedIssue> shared = new ArrayList<>();
    labels.forEach((g, byDoc) -> {
      if (byDoc.size() > 1) {
        shared.add(new SharedIssue(all.get(g).key(), all.get(g).label(), byDoc, evidence(docs, merged, all.get(g))));
      }
    });
    List<Map<String, Issue>> frozen = new ArrayList<>();
    merged.forEach(m -> frozen.add(java.util.Collections.unmodifiableMap(m)));
    return new PositionHistory(docs, List.copyOf(frozen), List.copyOf(shared), changes(docs, frozen));
  }

  /** The words of each document's first stance on the merged issue {@code head}. */
  private static Map<Integer, String> evidence(List<Analysis> docs, List<Map<String, Issue>> merged, Issue head) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (Stance s : docs.get(d).stances()) {
        if (merged.get(d).get(s.issue()) == head) {
          out.putIfAbsent(d, s.text());
        }
      }
    }
    return out;
  }

  private static List<Change> changes(List<Analysis> docs, List<Map<String, Issue>> merged) {
    List<Actor> actors = new ArrayList<>();
    docs.forEach(a -> actors.addAll(a.actors()));
    ActorNames names = ActorNames.of(actors);
    Map<String, List<Position>> byPair = new LinkedHashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      Analysis a = docs.get(d);
      for (Stance s : a.stances()) {
        Actor actor = a.actor(s.actor());
        Issue issue = merged.get(d).get(s.issue());
        if (actor == null || issue == null) {
          continue;
        }
        byPair.computeIfAbsent(names.identity(actor) + "\u0000" + issue.key(), k -> new ArrayList<>())
            .add(new Position(d, a.document().id(), s, post(a, s.begin())));
      }
    }
    List<Change> out = new ArrayList<>();
    for (List<Position> positions : byPair.values()) {
      positions.sort(order(positions));
      Position last = positions.get(0);
      for (Position p : positions.subList(1, positions.size())) {
        if (p.stance().polarity().equals(last.stance().polarity())) {
          last = p; // the latest evidence of an unchanged position
          continue;
        }
        if (laterMoment(p, last)) {
          Analysis a = docs.get(p.document());
          Issue issue = merged.get(p.document()).get(p.stance().issue());
          out.add(new Change(a.actor(p.stance().actor()).name(), issue.label(), issue.key(), last, p));
          last = p;
        }
      }
    }
    out.sort(Comparator.comparingInt((Change c) -> c.to().document()).thenComparingInt(c -> c.to().stance().begin()));
    return List.copyOf(out);
  }

  /** Date order when every position is dated, else document and text order. */
  private static Comparator<Position> order(List<Position> positions) {
    Comparator<Position> inText = Comparator.comparingInt(Position::document)
        .thenComparingInt(p -> p.stance().begin());
    if (positions.stream().allMatch(p -> p.stance().date() != null)) {
      return Comparator.comparing((Position p) -> p.stance().date()).thenComparing(inText);
    }
    return inText;
  }

  private static boolean laterMoment(Position p, Position before) {
    if (p.document() != before.document() || p.post() != before.post()) {
      return true;
    }
    String a = before.stance().date();
    String b = p.stance().date();
    return a != null && b != null && b.compareTo(a) > 0;
  }

  private static int post(Analysis a, int offset) {
    List<Post> posts = a.document().posts();
    for (int i = 0; i < posts.size(); i++) {
      if (posts.get(i).span().begin() <= offset && offset < posts.get(i).span().end()) {
        return i;
      }
    }
    return -1;
  }

  /** The documents, in the order given. */
  public List<Analysis> documents() {
    return documents;
  }

  /** The merged issue that issue {@code issueId} of document {@code document} belongs to, or null. */
  public @Nullable Issue merged(int document, String issueId) {
    return merged.get(document).get(issueId);
  }

  /**
   * Document {@code document} with each issue's key replaced by its merged issue's key, so that equal keys name
   * one issue across the set.
   */
  public Analysis withMergedKeys(int document) {
    Analysis a = documents.get(document);
    List<Issue> issues = new ArrayList<>();
    for (Issue i : a.issues()) {
      Issue m = merged(document, i.id());
      issues.add(m == null ? i : new Issue(i.id(), i.label(), m.key()));
    }
    return new Analysis(a.document(), a.actors(), a.quotes(), a.events(), issues, a.stances(), a.options(),
        a.times(), a.dataIssues());
  }

  /** The issues more than one document names, in order of first mention. */
  public List<SharedIssue> shared() {
    return shared;
  }

  /** Every change of position, in the order of the documents and text where the later position stands. */
  public List<Change> changes() {
    return changes;
  }

  /** The changes whose later position stands in document {@code document}. */
  public List<Change> changesInto(int document) {
    return changes.stream().filter(c -> c.to().document() == document).toList();
  }
}
