package org.parley.options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.lexicon.Tsv;
import org.parley.util.Nullable;

/**
 * Estimative language ({@code likelihood.tsv}): phrases that say how likely something is, with their ICD-203
 * band and how they order the options of a set; hedges that lower a band. Also the nouns that announce a set
 * of options ({@code lists.tsv}). Loaded once; immutable.
 */
final class Likelihood {
  private static final String DIR = "/org/parley/options/";
  private static final Likelihood DEFAULT = new Likelihood();

  /** How a cue orders an option against the others of its set. */
  enum Order { NONE, MORE, LESS, MOST, LEAST }

  /** A likelihood phrase found in a text, with its band (already lowered by a hedge) and offsets. */
  record Cue(String words, Band band, Order order, int begin, int end) {}

  private record Entry(String phrase, @Nullable Band band, Order order, Pattern pattern) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> listNouns = new HashSet<>();

  private Likelihood() {
    String file = DIR + "likelihood.tsv";
    for (String[] r : Tsv.read(file, 3, 4)) {
      String phrase = r[0].toLowerCase(Locale.ROOT);
      Band band = r[1].equals("hedge") ? null : Band.parse(r[1], file);
      Order order = r[2].equals("-") ? Order.NONE : Order.valueOf(r[2].toUpperCase(Locale.ROOT));
      // hedges only in lower case: "may" the modal, not "May" the month
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q")
          + "(?![\\p{L}\\p{N}])", band == null ? 0 : Pattern.CASE_INSENSITIVE);
      entries.add(new Entry(phrase, band, order, p));
    }
    for (String[] r : Tsv.read(DIR + "lists.tsv", 1, 1)) {
      listNouns.add(r[0].toLowerCase(Locale.ROOT));
    }
  }

  static Likelihood get() {
    return DEFAULT;
  }

  boolean isListNoun(String word) {
    return listNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The first likelihood phrase of a text (the longest one where several start at the same place), its band
   * lowered one step when a hedge stands in the same text; null when the text has none. Offsets are relative
   * to {@code base}.
   */
  @Nullable Cue first(String text, int base) {
    Cue best = null;
    boolean hedged = false;
    for (Entry e : entries) {
      Matcher m = e.pattern().matcher(text);
      while (m.find()) {
        if (e.band() == null) {
          hedged = true;
          break;
        }
        boolean earlier = best == null || m.start() < best.begin() - base
            || (m.start() == best.begin() - base && m.end() - m.start() > best.end() - best.begin());
        if (earlier && !inside(best, m, base)) {
          best = new Cue(text.substring(m.start(), m.end()), e.band(), e.order(), base + m.start(), base + m.end());
        }
        break;
      }
    }
    if (best != null && hedged) {
      best = new Cue(best.words(), best.band().lower(), best.order(), best.begin(), best.end());
    }
    return best;
  }

  /** A shorter match inside a longer one already found ("likely" inside "least likely") does not replace it. */
  private static boolean inside(@Nullable Cue best, Matcher m, int base) {
    return best != null && best.begin() - base <= m.start() && m.end() <= best.end() - base;
  }
}
