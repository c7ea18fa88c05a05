package org.parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.util.Nullable;

/**
 * What CoreNLP's SUTime found in a sentence (runs of tokens with one time tag and one normalised value, anchored at
 * the document date), and the repairs its values need before Parley uses them where its own grammar is silent. The
 * word lists are classes of {@code words.tsv}.
 */
final class Sutime {
  static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  /** Values that are SUTime's internal forms rather than TIMEX3 ("XXXX-WXX-1 INTERSECT P10Y", "2009/******04"). */
  private static final Pattern JUNK = Pattern.compile(".*(\\s|INTERSECT|OFFSET|\\*|/|\\{|\\(|UNKNOWN|NEXT_IMMEDIATE"
      + "|THIS P|TXX).*");

  /** A run of tokens {@code [start, end)} with SUTime's type and value. */
  record Run(int start, int end, String type, String value) {}

  private final TimeWords words;

  Sutime(TimeWords words) {
    this.words = words;
  }

  static List<Run> runs(Sentence s) {
    List<Run> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      Token first = t.get(i);
      if (!TYPES.contains(first.ner()) || first.normalized() == null) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && t.get(j + 1).ner().equals(first.ner())
          && Objects.equals(t.get(j + 1).normalized(), first.normalized())) {
        j++;
      }
      out.add(new Run(i, j + 1, first.ner(), first.normalized()));
      i = j + 1;
    }
    return out;
  }

  /**
   * Whether a one-token run can be a time expression: not a verb ("present", "fall"), not a word of class
   * "not-a-time", not a clipped year in a name ("iLife '11"), not a bare unit noun ("a difficult day", "model
   * year"), not a number inside a name ("Russell 2000 Index").
   */
  private boolean plausibleAlone(Sentence s, int i) {
    List<Token> t = s.tokens();
    Token only = t.get(i);
    String w = only.word();
    String before = i > 0 ? t.get(i - 1).word() : "";
    if (only.isPos("VB") || words.is("not-a-time", w)) {
      return false;
    }
    if (w.startsWith("'") && w.length() == 3) {
      return words.is("before-clipped-year", before);
    }
    if (only.isPos("NN") && words.is("unit", w)) {
      return false;
    }
    return !(only.isPos("CD") && i > 0 && i + 1 < t.size() && t.get(i - 1).isPos("NNP") && t.get(i + 1).isPos("NNP")
        && !words.is("month", before));
  }

  /** SUTime's value made TIMEX3 (UTC as Z), or null where it is no usable time expression. */
  @Nullable String repair(Run r, Sentence s) {
    List<Token> t = s.tokens().subList(r.start(), r.end());
    if (t.size() == 1 && !plausibleAlone(s, r.start()) || t.stream().anyMatch(x -> x.isPos("MD"))) {
      // a modal inside: "may end", "may last months"
      return null;
    }
    String v = r.value();
    if (JUNK.matcher(v).matches()) {
      return null;
    }
    if (v.endsWith("+0000")) {
      return v.substring(0, v.length() - 5) + "Z";
    }
    return v;
  }
}
