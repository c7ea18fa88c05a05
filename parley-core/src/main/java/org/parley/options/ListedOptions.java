package org.parley.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Sentence;
import org.parley.util.Nullable;

/**
 * Enumerated options: a line announcing a set ("Three outcomes are possible:") and one item a line
 * after it ("Talks - This is the most likely."), or an inline list ("options include X, Y or Z").
 */
final class ListedOptions {
  private static final Pattern LINE_ITEM = Pattern.compile(
      "^\\s*(?:[-*\u2022\u00b7]\\s+|\\d{1,2}[.)]\\s+)?(\\p{L}[^\\n]{0,70}?)\\s+[-\u2013\u2014:]\\s+(\\S.*)$");
  private static final Pattern BULLET_ITEM = Pattern.compile("^\\s*(?:[-*\u2022\u00b7]|\\d{1,2}[.)])\\s+(\\S.*)$");
  private static final Pattern COUNT = Pattern.compile(
      "(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\b");
  private static final Pattern INLINE = Pattern.compile(
      "(?i)\\b(\\p{L}+)\\s+(?:include|includes|included|including|are|were)\\s*:?\\s+");
  private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten");

  private final Likelihood lex;

  ListedOptions(Likelihood lex) {
    this.lex = lex;
  }

  /** "Three outcomes are possible:" and the items on the lines after it. */
  void lineLists(String text, List<Draft> out) {
    List<int[]> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String intro = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
      if (!intro.endsWith(":") || !announces(intro)) {
        continue;
      }
      int expected = count(intro);
      String set = intro.substring(0, intro.length() - 1).strip();
      List<Draft> items = new ArrayList<>();
      for (int j = i + 1; j < lines.size() && (expected < 0 || items.size() < expected); j++) {
        int b = lines.get(j)[0];
        String line = text.substring(b, lines.get(j)[1]);
        if (line.isBlank()) {
          continue;
        }
        Draft d = lineItem(set, line, b);
        if (d == null) {
          break;
        }
        items.add(d);
      }
      if (items.size() >= 2) {
        out.addAll(items);
      }
    }
  }

  private @Nullable Draft lineItem(String set, String line, int base) {
    Matcher m = LINE_ITEM.matcher(line);
    String label;
    int restAt;
    if (m.matches() && OptionText.words(m.group(1)) <= 8) {
      label = m.group(1).strip();
      restAt = m.start(2);
    } else {
      Matcher bullet = BULLET_ITEM.matcher(line);
      if (!bullet.matches()) {
        return null;
      }
      String item = bullet.group(1);
      int stop = OptionText.firstOf(item, ".", ";", ",", " - ");
      label = item.substring(0, stop).strip();
      restAt = bullet.start(1) + stop;
      if (OptionText.words(label) > OptionText.MAX_LABEL_WORDS) {
        return null;
      }
    }
    Likelihood.Cue cue = lex.first(line.substring(restAt), base + restAt);
    return new Draft(set, label, cue, base, base + line.length());
  }

  private boolean announces(String intro) {
    for (String w : intro.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (lex.isListNoun(w)) {
        return true;
      }
    }
    return false;
  }

  /** The number of items a line announces ("four possibilities"), or -1. */
  private static int count(String intro) {
    Matcher m = COUNT.matcher(intro);
    if (!m.find()) {
      return -1;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    int at = NUMBERS.indexOf(w);
    return at >= 0 ? at + 2 : Integer.parseInt(w);
  }

  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int b = 0;
    for (int k = 0; k <= text.length(); k++) {
      if (k == text.length() || text.charAt(k) == '\n') {
        out.add(new int[] {b, k > b && text.charAt(k - 1) == '\r' ? k - 1 : k});
        b = k + 1;
      }
    }
    return out;
  }

  /** "with options including sanctions, new talks or a blockade". */
  void inlineList(String text, Sentence s, List<Draft> out) {
    String st = text.substring(s.begin(), s.end());
    Matcher m = INLINE.matcher(st);
    while (m.find()) {
      if (!lex.isListNoun(m.group(1))) {
        continue;
      }
      String rest = st.substring(m.end());
      int stop = OptionText.firstOf(rest, " - ", " \u2013 ", " \u2014 ", ";", "(", ". ", ":");
      String list = rest.substring(0, stop).replaceAll("[.!?\\s]+$", "");
      List<String> items = split(list);
      if (items.size() < 2) {
        continue;
      }
      String set = st.substring(0, m.start()).replaceAll("(?i)[\\s,]*\\b(with|and|but|the|its|their)?[\\s,]*$", "")
          .strip();
      if (set.isEmpty()) {
        set = m.group(1);
      }
      int at = s.begin() + m.end();
      for (String item : items) {
        int b = text.indexOf(item, at);
        b = b < 0 ? at : b;
        out.add(new Draft(set, item, lex.first(item, b), b, b + item.length()));
        at = b + item.length();
      }
      return;
    }
  }

  /**
   * "X, Y and Z" or "X, Y or Z": the items. The last part splits at its last "or", or at its last "and" when
   * commas came before ("road and rail links" alone stays one item).
   */
  private static List<String> split(String list) {
    List<String> parts = new ArrayList<>();
    for (String p : list.split(",\\s*")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    if (parts.isEmpty()) {
      return parts;
    }
    String last = parts.remove(parts.size() - 1).replaceFirst("^(and|or)\\s+", "");
    int at = last.lastIndexOf(" or ");
    int width = 4;
    if (at < 0 && !parts.isEmpty()) {
      at = last.lastIndexOf(" and ");
      width = 5;
    }
    if (at > 0) {
      parts.add(last.substring(0, at).strip());
      parts.add(last.substring(at + width).strip());
    } else {
      parts.add(last);
    }
    parts.removeIf(p -> p.isEmpty() || OptionText.words(p) > OptionText.MAX_LABEL_WORDS);
    return parts;
  }
}
