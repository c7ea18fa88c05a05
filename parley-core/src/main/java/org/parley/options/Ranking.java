package org.parley.options;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parley.model.Option;

/** Ranks the options of each set by likelihood: rank 1 is the most likely. */
final class Ranking {
  private Ranking() {}

  /**
   * Options with their bands and ranks: within each set, by band, comparatives placing an item above ("more")
   * or below ("less") the item before it, superlatives first or last; equal standing shares a rank. Items
   * without a likelihood phrase get no rank.
   */
  static List<Option> ranked(List<Draft> drafts) {
    Map<String, List<Draft>> sets = new LinkedHashMap<>();
    for (Draft d : drafts) {
      sets.computeIfAbsent(d.set(), k -> new ArrayList<>()).add(d);
    }
    List<Option> out = new ArrayList<>();
    for (Map.Entry<String, List<Draft>> set : sets.entrySet()) {
      List<Draft> items = set.getValue();
      boolean statements = set.getKey().equals(OptionExtractor.STATEMENTS);
      Map<Draft, Double> score = new LinkedHashMap<>();
      Double previous = null;
      for (Draft d : items) {
        if (d.cue() == null) {
          continue;
        }
        double v = d.cue().band().middle();
        switch (d.cue().order()) {
          case MORE -> v = previous == null ? v : Math.max(v, previous + 0.001);
          case LESS -> v = previous == null ? v : Math.min(v, previous - 0.001);
          case MOST -> v = 2;
          case LEAST -> v = -1;
          case NONE -> { }
        }
        score.put(d, v);
        previous = v;
      }
      List<Double> distinct = new ArrayList<>(new TreeSet<>(score.values()));
      distinct.sort(Comparator.reverseOrder());
      for (Draft d : items) {
        Likelihood.Cue c = d.cue();
        Integer rank = c == null || statements ? null : distinct.indexOf(score.get(d)) + 1;
        out.add(new Option(d.set(), d.label(), c == null ? null : c.words(), c == null ? null : c.band().low(),
            c == null ? null : c.band().high(), rank));
      }
    }
    return out;
  }
}
