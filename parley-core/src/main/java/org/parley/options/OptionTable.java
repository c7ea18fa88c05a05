package org.parley.options;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Analysis;
import org.parley.model.Option;
import org.parley.util.Nullable;

/**
 * Which options are on the table, for renderers: the option sets of an analysis in text order (likelihood
 * statements last), each set's options ranked most likely first (unranked ones after, in text order).
 * Immutable.
 */
public final class OptionTable {
  /** One set of options, ranked. */
  public record OptionSet(String name, List<Option> options) {
    public OptionSet {
      options = List.copyOf(options);
    }

    /** Whether this is the set of likelihood statements that belong to no enumerated set. */
    public boolean statements() {
      return name.equals(OptionExtractor.STATEMENTS);
    }
  }

  private final List<OptionSet> sets;

  private OptionTable(List<OptionSet> sets) {
    this.sets = List.copyOf(sets);
  }

  public static OptionTable of(Analysis a) {
    Map<String, List<Option>> byName = new LinkedHashMap<>();
    for (Option o : a.options()) {
      byName.computeIfAbsent(o.set(), k -> new ArrayList<>()).add(o);
    }
    List<OptionSet> sets = new ArrayList<>();
    OptionSet statements = null;
    for (Map.Entry<String, List<Option>> e : byName.entrySet()) {
      List<Option> options = new ArrayList<>(e.getValue());
      options.sort(Comparator.comparing((Option o) -> o.rank() == null ? Integer.MAX_VALUE : o.rank()));
      OptionSet s = new OptionSet(e.getKey(), options);
      if (s.statements()) {
        statements = s;
      } else {
        sets.add(s);
      }
    }
    if (statements != null) {
      sets.add(statements);
    }
    return new OptionTable(sets);
  }

  public List<OptionSet> sets() {
    return sets;
  }

  public boolean isEmpty() {
    return sets.isEmpty();
  }

  /** "55–80%" for an option's band, or "" when it has none. */
  public static String percent(Option o) {
    @Nullable Double lo = o.low();
    @Nullable Double hi = o.high();
    if (lo == null || hi == null) {
      return "";
    }
    return Math.round(lo * 100) + "\u2013" + Math.round(hi * 100) + "%";
  }

  /** The ICD-203 words of an option's band ("very unlikely"), or "" when it has none. */
  public static String bandWords(Option o) {
    if (o.low() == null || o.high() == null) {
      return "";
    }
    for (Band b : Band.values()) {
      if (b.low() == o.low() && b.high() == o.high()) {
        return b.words();
      }
    }
    return "";
  }
}
