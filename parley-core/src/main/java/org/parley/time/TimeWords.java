package org.parley.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.lexicon.Tsv;
import org.parley.model.Token;
import org.parley.util.Nullable;

/**
 * The word classes of the time grammar ({@code words.tsv}: months, weekdays, units, number words, ...) and the
 * matchers behind each {@code <class>} of {@code grammar.tsv}. A matcher looks at the tokens from a position and
 * returns how many it takes (0 or more), or -1, binding the class name to the value the words stand for.
 */
final class TimeWords {
  static final String RESOURCE = "/org/parley/time/words.tsv";
  private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final Pattern HOUR = Pattern.compile("1[0-2]|0?[1-9]");
  private static final Pattern HHMM = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
  private static final Pattern YEAR = Pattern.compile("(1[0-9]|20|21)\\d\\d");
  /** "1990" before a split-off "s" or "'s": a decade. */
  private static final Pattern ROUND_YEAR = Pattern.compile("(1[0-9]|20)\\d0");
  private static final Pattern PLURAL_S = Pattern.compile("'?s");
  /** Words before a capitalised month name that make it a month, not a verb or a name ("in May", "since March"). */
  private static final Set<String> BEFORE_MONTH_NAME = Set.of("in", "this", "last", "next", "since", "until", "of",
      "early", "late", "mid", "by", "during", "from", "on");
  /** Words before a clipped decade ("the '90s", "early 80s") that make it one. */
  private static final Set<String> BEFORE_CLIPPED_DECADE = Set.of("the", "early", "mid", "late", "mid-", "'", "and",
      "or", "to");
  private static final Pattern DECADE = Pattern.compile("(?:(1[0-9]|20)(\\d)0|'?([0-9])0)'?s");
  /** "mid-2026", "early-march", "late-1990s": a part of a year, month or decade in one token. */
  private static final Pattern PART_PREFIX = Pattern.compile("(?:mid|early|late)-(.+)");
  private static final Set<String> PART_PREFIXED = Set.of("year", "month", "decade");
  private static final Pattern ISO_DATE = Pattern.compile("(1[0-9]|20|21)\\d\\d-\\d\\d-\\d\\d");
  private static final Pattern DOM = Pattern.compile("0?([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  private static final Pattern NUMBER_UNIT = Pattern.compile("(.+?)-(" + "[a-z]+" + ")(-long|-plus)?");

  /** class name -> lower-case word -> value. */
  private final Map<String, Map<String, String>> classes = new HashMap<>();

  private TimeWords(List<String[]> rows) {
    for (String[] row : rows) {
      Map<String, String> words = classes.computeIfAbsent(row[0], k -> new HashMap<>());
      for (String w : Tsv.alternatives(row[1])) {
        words.put(w.toLowerCase(Locale.ROOT), row[2]);
      }
    }
  }

  static TimeWords load() {
    return new TimeWords(Tsv.read(RESOURCE, 3, 3));
  }

  /** The value of a word in a class of words.tsv, or null. */
  @Nullable String value(String cls, String word) {
    Map<String, String> words = classes.get(cls);
    return words == null ? null : words.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word (any case) belongs to a class of words.tsv. */
  boolean is(String cls, String word) {
    return value(cls, word) != null;
  }

  boolean knows(String cls) {
    return classes.containsKey(cls) || BUILT_IN.contains(cls);
  }

  private static final List<String> BUILT_IN =
      List.of("n", "unit", "unit1", "units", "n-unit", "dom", "year", "clock", "hour", "hhmm", "ampm", "decade",
          "iso-date");

  /**
   * Matches class {@code cls} at token {@code i}: the number of tokens taken, or -1. Puts the value under
   * {@code name} in {@code bind} (and, for a number with its unit, under "n" and "unit" too).
   */
  int match(String cls, String name, List<Token> t, int i, Map<String, String> bind) {
    if (i >= t.size()) {
      return -1;
    }
    Token tok = t.get(i);
    String w = tok.word().toLowerCase(Locale.ROOT);
    Matcher part = PART_PREFIX.matcher(w);
    if (part.matches() && PART_PREFIXED.contains(cls)) {
      // "mid-2026", "early-March", "mid-1990s": one token, read as its year, month or decade
      return prefixed(cls, name, part.group(1), bind);
    }
    switch (cls) {
      case "n":
        return number(t, i, name, bind);
      case "unit":
        return unit(t, i, name, bind, null);
      case "unit1":
        return unit(t, i, name, bind, false);
      case "units":
        return unit(t, i, name, bind, true);
      case "n-unit":
        return numberUnit(w, bind);
      case "dom":
        return bindIf(dayOfMonth(w), name, bind);
      case "year":
        return tok.isPos("CD") && YEAR.matcher(w).matches() ? bindIf(w, name, bind) : -1;
      case "clock": {
        Matcher m = CLOCK.matcher(w);
        return m.matches() ? bindIf(String.format("%02d:%s", Integer.parseInt(m.group(1)), m.group(2)), name, bind) : -1;
      }
      case "hour":
        return HOUR.matcher(w).matches() ? bindIf(String.format("%02d:00", Integer.parseInt(w)), name, bind) : -1;
      case "hhmm": {
        Matcher m = HHMM.matcher(w);
        return m.matches() ? bindIf(m.group(1) + ":" + m.group(2), name, bind) : -1;
      }
      case "ampm":
        return ampm(w, name, bind);
      case "iso-date":
        return isoDate(w, name, bind);
      case "decade":
        return decade(t, i, name, bind);
      case "month":
        return (w.equals("may") || w.equals("march")) && !monthNotVerb(t, i) ? -1 : bindIf(value("month", w), name, bind);
      case "frequency":
        // "Daily Xtra", "Weekly Standard": names, not sets
        return tok.isPos("NNP") ? -1 : bindIf(value(cls, w), name, bind);
      default:
        return bindIf(value(cls, w), name, bind);
    }
  }

  /** The year, month or decade after "mid-", "early-" or "late-" in one token (no verb or count to rule out). */
  private int prefixed(String cls, String name, String rest, Map<String, String> bind) {
    switch (cls) {
      case "year":
        return YEAR.matcher(rest).matches() ? bindIf(rest, name, bind) : -1;
      case "month":
        return bindIf(value("month", rest), name, bind);
      default: {
        Matcher m = DECADE.matcher(rest);
        if (!m.matches()) {
          return -1;
        }
        return bindIf(m.group(1) != null ? m.group(1) + m.group(2) : "19" + m.group(3), name, bind);
      }
    }
  }

  /** A cheap test that a class may match starting with this (lower-case) word; it may say yes wrongly. */
  boolean mayStart(String cls, String w) {
    if (w.isEmpty()) {
      return false;
    }
    Matcher part = PART_PREFIX.matcher(w);
    if (part.matches() && PART_PREFIXED.contains(cls)) {
      return mayStart(cls, part.group(1));
    }
    char c = w.charAt(0);
    boolean digit = Character.isDigit(c);
    switch (cls) {
      case "n":
        return digit || w.equals("a") || value("number", w) != null || value("vague", w) != null || w.indexOf('-') > 0;
      case "unit":
      case "unit1":
      case "units":
        return value("unit", w) != null || value("unit-modifier", w) != null;
      case "n-unit":
        return w.indexOf('-') > 0;
      case "dom":
        return digit || value("ordinal", w) != null;
      case "year":
      case "clock":
      case "hour":
      case "hhmm":
      case "iso-date":
        return digit;
      case "ampm":
        return c == 'a' || c == 'p';
      case "decade":
        return digit || c == '\'' || value("decade", w) != null;
      default:
        return value(cls, w) != null;
    }
  }

  /** The word without a "mid-", "early-" or "late-" glued to it ("mid-march" -> "march"), for the rule index. */
  String withoutPartPrefix(String w) {
    Matcher part = PART_PREFIX.matcher(w);
    return part.matches() ? part.group(1) : w;
  }

  /**
   * All the lower-case words for which {@link #mayStart} can hold, or null when they cannot be listed (numbers,
   * clock times and other classes read by the word's shape).
   */
  @Nullable Set<String> startWords(String cls) {
    switch (cls) {
      case "unit":
      case "unit1":
      case "units": {
        Set<String> out = new HashSet<>(wordsOf("unit"));
        out.addAll(wordsOf("unit-modifier"));
        return out;
      }
      case "n":
      case "n-unit":
      case "dom":
      case "year":
      case "clock":
      case "hour":
      case "hhmm":
      case "ampm":
      case "decade":
      case "iso-date":
        return null;
      default:
        return wordsOf(cls);
    }
  }

  private Set<String> wordsOf(String cls) {
    Map<String, String> words = classes.get(cls);
    return words == null ? Set.of() : words.keySet();
  }

  /**
   * "May" and "March" are months, not the modal or the verb, when tagged as proper nouns, or capitalised and
   * followed by a number ("May 24, 2008") or after a word that goes with months ("this May").
   */
  private static boolean monthNotVerb(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.isPos("NNP")) {
      return true;
    }
    if (!Character.isUpperCase(tok.word().charAt(0))) {
      return false;
    }
    boolean numberAfter = i + 1 < t.size() && t.get(i + 1).isPos("CD");
    String before = i > 0 ? t.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return numberAfter || BEFORE_MONTH_NAME.contains(before);
  }

  private static int bindIf(@Nullable String value, String name, Map<String, String> bind) {
    if (value == null) {
      return -1;
    }
    bind.put(name, value);
    return 1;
  }

  /** Digits, number words and their compounds ("twenty-five", "twenty five"), "a few", "several": X. */
  private int number(List<Token> t, int i, String name, Map<String, String> bind) {
    String w = t.get(i).word().toLowerCase(Locale.ROOT);
    if (DIGITS.matcher(w).matches()) {
      bind.put(name, stripZeros(w));
      return 1;
    }
    if (w.equals("a") && i + 1 < t.size()) {
      String next = t.get(i + 1).word().toLowerCase(Locale.ROOT);
      if (next.equals("few") || next.equals("couple")) {
        bind.put(name, "X");
        int n = 2;
        if (i + 2 < t.size() && t.get(i + 2).word().equalsIgnoreCase("of")) {
          n++;
        }
        return n;
      }
      return -1;
    }
    if (value("vague", w) != null) {
      bind.put(name, "X");
      return 1;
    }
    Integer n = wordNumber(w);
    if (n == null) {
      return -1;
    }
    int taken = 1;
    // "twenty five", "thirty - five" (the hyphen split off): a tens word followed by a units word
    if (n >= 20 && n % 10 == 0 && n < 100 && i + 1 < t.size()) {
      int next = t.get(i + 1).word().equals("-") && i + 2 < t.size() ? i + 2 : i + 1;
      Integer units = wordNumber(t.get(next).word().toLowerCase(Locale.ROOT));
      if (units != null && units > 0 && units < 10) {
        n += units;
        taken += next - i;
      }
    }
    bind.put(name, Integer.toString(n));
    return taken;
  }

  private @Nullable Integer wordNumber(String w) {
    String v = value("number", w);
    if (v != null) {
      return Integer.parseInt(v);
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      String tens = value("number", w.substring(0, dash));
      String units = value("number", w.substring(dash + 1));
      if (tens != null && units != null) {
        return Integer.parseInt(tens) + Integer.parseInt(units);
      }
    }
    return null;
  }

  private static String stripZeros(String digits) {
    if (digits.contains(".")) {
      return digits.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    String s = digits.replaceFirst("^0+(?=\\d)", "");
    return s;
  }

  /** A unit word, after words that do not change it ("trading days"); singular or plural only, or either (null). */
  private int unit(List<Token> t, int i, String name, Map<String, String> bind, @Nullable Boolean plural) {
    int j = i;
    while (j < t.size() && value("unit-modifier", t.get(j).word()) != null && j - i < 2) {
      j++;
    }
    if (j >= t.size()) {
      return -1;
    }
    String w = t.get(j).word().toLowerCase(Locale.ROOT);
    String unit = value("unit", w);
    boolean many = w.endsWith("s") || w.equals("centuries");
    if (unit == null || plural != null && plural != many) {
      return -1;
    }
    bind.put(name, unit);
    return j - i + 1;
  }

  /** One token "five-year", "27-year", "12-hour", "decades-long". */
  private int numberUnit(String w, Map<String, String> bind) {
    String plural = w.endsWith("s-long") ? value("unit", w.substring(0, w.length() - 5)) : null;
    if (plural != null) {
      bind.put("n", "X");
      bind.put("unit", plural);
      return 1;
    }
    Matcher m = NUMBER_UNIT.matcher(w);
    if (!m.matches()) {
      return -1;
    }
    String unit = value("unit", m.group(2));
    if (unit == null) {
      return -1;
    }
    String num = m.group(1);
    String n = DIGITS.matcher(num).matches() ? stripZeros(num) : null;
    if (n == null) {
      Integer k = wordNumber(num);
      n = k == null ? null : k.toString();
    }
    if (n == null) {
      return -1;
    }
    bind.put("n", n);
    bind.put("unit", unit);
    return 1;
  }

  private @Nullable String dayOfMonth(String w) {
    Matcher m = DOM.matcher(w);
    if (m.matches()) {
      return m.group(1);
    }
    String ordinal = value("ordinal", w);
    return ordinal != null && !ordinal.equals("L") ? ordinal : null;
  }

  /** "2020-03-04": a calendar date written the ISO way, when it is one. */
  private static int isoDate(String w, String name, Map<String, String> bind) {
    if (!ISO_DATE.matcher(w).matches()) {
      return -1;
    }
    try {
      return bindIf(LocalDate.parse(w).toString(), name, bind);
    } catch (DateTimeParseException e) {
      return -1;
    }
  }

  private static int ampm(String w, String name, Map<String, String> bind) {
    String s = w.replace(".", "");
    if (s.equals("am") || s.equals("pm")) {
      bind.put(name, s);
      return 1;
    }
    return -1;
  }

  /**
   * "1970s", "1970's" (one token or two), "the seventies", "'70s" -> 197; a bare "70s" only after "the", "early",
   * "mid", "late" or a conjunction ("the '70s and '80s"): alone it is often a model name ("KC-30s") or an age.
   */
  private int decade(List<Token> t, int i, String name, Map<String, String> bind) {
    String w = t.get(i).word().toLowerCase(Locale.ROOT);
    String words = value("decade", w);
    if (words != null) {
      bind.put(name, words);
      return 1;
    }
    if (ROUND_YEAR.matcher(w).matches() && i + 1 < t.size() && PLURAL_S.matcher(t.get(i + 1).word()).matches()) {
      bind.put(name, w.substring(0, 3));
      return 2;
    }
    Matcher m = DECADE.matcher(w);
    if (!m.matches()) {
      return -1;
    }
    if (m.group(1) != null) {
      bind.put(name, m.group(1) + m.group(2));
      return 1;
    }
    String before = i > 0 ? t.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    if (!w.startsWith("'") && !BEFORE_CLIPPED_DECADE.contains(before)) {
      return -1;
    }
    bind.put(name, "19" + m.group(3));
    return 1;
  }
}
