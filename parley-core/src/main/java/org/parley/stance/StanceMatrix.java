package org.parley.stance;

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
 * Who stands where, as a table for renderers: actors down the side (in order of their first stance), issues
 * across (most-contested first, then in order of first mention), each cell the polarity with short evidence.
 * Immutable.
 */
public final class StanceMatrix {
  /** Evidence longer than this is cut at a word boundary and ends with "…". */
  public static final int EVIDENCE_CHARS = 80;

  /**
   * One cell: the actor's position on the issue.
   *
   * @param polarity support, oppose, skeptical or neutral; "mixed" when the document shows more than one
   * @param evidence the words of the first stance, shortened to {@link #EVIDENCE_CHARS}
   * @param stances every stance behind the cell, in text order
   */
  public record Cell(String polarity, String evidence, List<Stance> stances) {
    public Cell {
      stances = List.copyOf(stances);
    }
  }

  /** One row: an actor and its cells, one per column, null where the actor took no position. */
  public record Row(Actor actor, List<@Nullable Cell> cells) {
    public Row {
      cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }
  }

  private final List<Issue> columns;
  private final List<Row> rows;

  private StanceMatrix(List<Issue> columns, List<Row> rows) {
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /** The matrix of an analysis; empty when it has no stances. */
  public static StanceMatrix of(Analysis a) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (Stance s : a.stances()) {
      count.merge(s.issue(), 1, Integer::sum);
      first.merge(s.issue(), s.begin(), Math::min);
    }
    List<Issue> columns = new ArrayList<>();
    for (Issue i : a.issues()) {
      if (count.containsKey(i.id())) {
        columns.add(i);
      }
    }
    columns.sort(Comparator.comparing((Issue i) -> -count.get(i.id())).thenComparing(i -> first.get(i.id())));
    Map<String, Map<String, List<Stance>>> byActor = new LinkedHashMap<>();
    List<Stance> ordered = new ArrayList<>(a.stances());
    ordered.sort(Comparator.comparingInt(Stance::begin));
    for (Stance s : ordered) {
      byActor.computeIfAbsent(s.actor(), k -> new HashMap<>()).computeIfAbsent(s.issue(), k -> new ArrayList<>())
          .add(s);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Stance>>> e : byActor.entrySet()) {
      Actor actor = a.actor(e.getKey());
      if (actor == null) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      for (Issue i : columns) {
        List<Stance> here = e.getValue().get(i.id());
        cells.add(here == null ? null : cell(here));
      }
      rows.add(new Row(actor, cells));
    }
    return new StanceMatrix(columns, rows);
  }

  private static Cell cell(List<Stance> stances) {
    String polarity = stances.get(0).polarity();
    for (Stance s : stances) {
      if (!s.polarity().equals(polarity)) {
        polarity = "mixed";
      }
    }
    return new Cell(polarity, shorten(stances.get(0).text()), stances);
  }

  /** Evidence cut to {@link #EVIDENCE_CHARS} at a word boundary. */
  public static String shorten(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (t.length() <= EVIDENCE_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', EVIDENCE_CHARS - 1);
    return t.substring(0, cut > EVIDENCE_CHARS / 2 ? cut : EVIDENCE_CHARS - 1).strip() + "\u2026";
  }

  /** The issues across the top. */
  public List<Issue> columns() {
    return columns;
  }

  /** The actors down the side, each with one cell per column. */
  public List<Row> rows() {
    return rows;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The cell of an actor and an issue, or null. */
  public @Nullable Cell cell(String actorId, String issueId) {
    for (Row r : rows) {
      if (r.actor().id().equals(actorId)) {
        for (int k = 0; k < columns.size(); k++) {
          if (columns.get(k).id().equals(issueId)) {
            return r.cells().get(k);
          }
        }
      }
    }
    return null;
  }
}
