package org.parley.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.lexicon.Tsv;
import org.parley.model.Token;
import org.parley.util.Nullable;

/**
 * Parley's own time grammar ({@code grammar.tsv}): token patterns, each with the TIMEX3 type and the value it
 * stands for. A pattern is a row of elements separated by spaces:
 *
 * <ul>
 *   <li>{@code word} or {@code word|other}: one token with one of these words (any case);
 *   <li>{@code <class>}: words of a class of {@code words.tsv} or a built-in one ({@code <n>} a number,
 *       {@code <unit>} a unit, {@code <year>}, ...), binding {@code {class}} for the value;
 *   <li>{@code @NN}: a token whose part of speech starts so ({@code @NN|@JJ} for either);
 *   <li>a trailing {@code ?} makes an element optional; a leading {@code !} makes it a condition on the next token
 *       that takes none: {@code the day after !@NN} holds where no noun follows; a leading {@code &} one that
 *       holds where it does match: {@code worst <unit1> &since} takes "worst day" before "since", not "since";
 *   <li>a leading {@code ^} (at the start of a pattern only) makes an element a condition on a token before the match,
 *       which it does not take: {@code ^@CD a <unit1>} takes "a year" after a number ("15 a year"); each such element
 *       stands for one token, in order up to the one before the match; {@code ^!x} holds where that token is not x
 *       (or there is none): {@code ^!@DT <units>} takes "years" but not after "the".
 * </ul>
 *
 * The value is a small expression read by {@link Resolver}; type {@code -} marks words that are not a time
 * expression. Scanning a sentence takes at each token the longest match of
 * any rule (the earlier rule on a tie), unless a match starting on the next token reaches further, and goes on after
 * it. Rules are indexed by the words they can start with, so that a token is tried only against the rules that may
 * start there (and those that start with a part of speech or a class such as a number, which any word may begin).
 */
final class Grammar {
  static final String RESOURCE = "/org/parley/time/grammar.tsv";
  static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET", "-");

  /**
   * One element of a pattern; a negated one takes no token and holds where the next token does not match; a
   * {@code behind} one is a condition on a token before the match.
   */
  private record Element(@Nullable Set<String> words, @Nullable String cls, String name, @Nullable List<String> pos,
      boolean optional, boolean negated, boolean ahead, boolean behind) {
    /** A condition on the next token that takes none of it. */
    boolean zeroWidth() {
      return negated || ahead;
    }
  }

  /**
   * One rule: its pattern, TIMEX3 type (or "-") and value expression; {@code behind} holds the conditions on the tokens
   * before the match (the leading {@code ^} elements), {@code elements} the rest.
   */
  record Rule(String pattern, List<Element> behind, List<Element> elements, String type, String value) {}

  /** A match: tokens {@code [start, end)} of a sentence, the rule and what its classes bound. */
  record Match(int start, int end, Rule rule, Map<String, String> bindings) {
    boolean isTime() {
      return !rule.type().equals("-");
    }
  }

  private final List<Rule> rules;
  private final TimeWords words;
  /** Lower-case first word -> the rules that may start with it and the open ones, in rule order. */
  private final Map<String, List<Rule>> byFirstWord;
  /** The rules whose first token cannot be listed as words (a part of speech, a number, all elements optional). */
  private final List<Rule> open;

  private Grammar(List<Rule> rules, TimeWords words) {
    this.rules = List.copyOf(rules);
    this.words = words;
    Map<String, List<Integer>> starts = new HashMap<>();
    List<Integer> open = new ArrayList<>();
    for (int r = 0; r < this.rules.size(); r++) {
      Set<String> first = firstWords(this.rules.get(r).elements(), words);
      if (first == null) {
        open.add(r);
      } else {
        for (String w : first) {
          starts.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
        }
      }
    }
    this.open = open.stream().map(this.rules::get).toList();
    Map<String, List<Rule>> index = new HashMap<>();
    starts.forEach((w, rs) -> {
      TreeSet<Integer> merged = new TreeSet<>(rs);
      merged.addAll(open);
      index.put(w, merged.stream().map(this.rules::get).toList());
    });
    this.byFirstWord = Map.copyOf(index);
  }

  /**
   * The lower-case words a pattern's first token may be (every word for which {@link #canStart} can hold), or null
   * when they cannot be listed: a part of speech, a class without a word list, or a pattern of optional elements only.
   */
  private static @Nullable Set<String> firstWords(List<Element> elements, TimeWords words) {
    Set<String> out = new HashSet<>();
    for (Element el : elements) {
      if (el.zeroWidth()) {
        continue;
      }
      Set<String> here = el.words() != null ? el.words() : el.pos() != null ? null : words.startWords(el.cls());
      if (here == null) {
        return null;
      }
      out.addAll(here);
      if (!el.optional()) {
        return out;
      }
    }
    return null;
  }

  static Grammar load(TimeWords words) {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : Tsv.read(RESOURCE, 3, 3)) {
      if (!TYPES.contains(row[1])) {
        throw new IllegalStateException(RESOURCE + ": type must be one of " + TYPES + ", was '" + row[1]
            + "' in rule '" + row[0] + "'");
      }
      List<Element> all = parse(row[0], words);
      int lead = 0;
      while (lead < all.size() && all.get(lead).behind()) {
        lead++;
      }
      List<Element> behind = all.subList(0, lead);
      if (all.subList(lead, all.size()).stream().anyMatch(Element::behind)) {
        throw new IllegalStateException(RESOURCE + ": a condition on a token before ('^') must lead the pattern, in"
            + " rule '" + row[0] + "'");
      }
      if (behind.stream().anyMatch(Element::optional) || behind.stream().anyMatch(Element::ahead)) {
        throw new IllegalStateException(RESOURCE + ": a condition on a token before ('^') may not be optional or '&',"
            + " in rule '" + row[0] + "'");
      }
      rules.add(new Rule(row[0], List.copyOf(behind), List.copyOf(all.subList(lead, all.size())), row[1], row[2]));
    }
    return new Grammar(rules, words);
  }

  private static List<Element> parse(String pattern, TimeWords words) {
    List<Element> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String token : pattern.trim().split("\\s+")) {
      boolean behind = token.length() > 1 && token.startsWith("^");
      String raw = behind ? token.substring(1) : token;
      boolean negated = raw.length() > 1 && raw.startsWith("!");
      boolean ahead = raw.length() > 1 && raw.startsWith("&");
      boolean optional = raw.length() > 1 && raw.endsWith("?");
      String e = raw.substring(negated || ahead ? 1 : 0, optional ? raw.length() - 1 : raw.length());
      if (e.startsWith("<") && e.endsWith(">")) {
        String cls = e.substring(1, e.length() - 1);
        if (!words.knows(cls)) {
          throw new IllegalStateException(RESOURCE + ": unknown class <" + cls + "> in rule '" + pattern + "'");
        }
        int k = seen.merge(cls, 1, Integer::sum);
        out.add(new Element(null, cls, k == 1 ? cls : cls + k, null, optional, negated, ahead, behind));
      } else if (e.startsWith("@")) {
        List<String> pos = new ArrayList<>();
        for (String p : e.split("\\|")) {
          if (!p.startsWith("@")) {
            throw new IllegalStateException(RESOURCE + ": '" + e + "' mixes parts of speech and words (write two rules),"
                + " in rule '" + pattern + "'");
          }
          pos.add(p.substring(1));
        }
        out.add(new Element(null, null, "", List.copyOf(pos), optional, negated, ahead, behind));
      } else {
        out.add(new Element(Set.copyOf(Tsv.alternatives(e.toLowerCase(Locale.ROOT))), null, "", null, optional,
            negated, ahead, behind));
      }
    }
    return List.copyOf(out);
  }

  /** Longest matches, left to right, none overlapping. */
  List<Match> scan(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match best = longestAt(tokens, i);
      if (best == null) {
        i++;
        continue;
      }
      // a match starting on the next token that reaches further wins ("since" + "July 24, 2003")
      Match later = i + 1 < best.end() ? longestAt(tokens, i + 1) : null;
      if (later != null && later.end() > best.end()) {
        best = later;
      }
      out.add(best);
      i = best.end();
    }
    return out;
  }

  @Nullable Match longestAt(List<Token> tokens, int start) {
    Match best = null;
    Token first = tokens.get(start);
    String word = first.word().toLowerCase(Locale.ROOT);
    List<Rule> candidates = byFirstWord.get(word);
    if (candidates == null) {
      candidates = byFirstWord.getOrDefault(words.withoutPartPrefix(word), open);
    }
    for (Rule r : candidates) {
      if (!canStart(r.elements(), 0, first, word) || !holdsBefore(r.behind(), tokens, start)) {
        continue;
      }
      Map<String, String> bind = new HashMap<>();
      int end = match(r.elements(), 0, tokens, start, bind);
      if (end > start && (best == null || end > best.end())) {
        best = new Match(start, end, r, Map.copyOf(bind));
      }
    }
    return best;
  }

  /**
   * Whether the conditions on the tokens before {@code start} hold, the last one on the token just before it: a
   * positive one where that token matches, a negated one where it does not (or there is none).
   */
  private boolean holdsBefore(List<Element> behind, List<Token> tokens, int start) {
    for (int k = 0; k < behind.size(); k++) {
      Element el = behind.get(k);
      int at = start - behind.size() + k;
      boolean matches = at >= 0 && take(el, tokens, at, new HashMap<>()) == 1;
      if (matches == el.negated()) {
        return false;
      }
    }
    return true;
  }

  /** A cheap test that elements {@code [k, ...)} may match starting with this token (it may say yes wrongly). */
  private boolean canStart(List<Element> elements, int k, Token tok, String word) {
    if (k == elements.size()) {
      return true;
    }
    Element el = elements.get(k);
    if (el.zeroWidth()) {
      return canStart(elements, k + 1, tok, word);
    }
    boolean here;
    if (el.words() != null) {
      here = el.words().contains(word);
    } else if (el.pos() != null) {
      here = true;
    } else {
      here = words.mayStart(el.cls(), word);
    }
    return here || el.optional() && canStart(elements, k + 1, tok, word);
  }

  /** The furthest end of a match of elements {@code [e, ...)} from token {@code i}, or -1; fills the bindings. */
  private int match(List<Element> elements, int e, List<Token> t, int i, Map<String, String> bind) {
    if (e == elements.size()) {
      return i;
    }
    Element el = elements.get(e);
    if (el.zeroWidth()) {
      boolean holds = take(el, t, i, new HashMap<>()) > 0;
      return holds == el.ahead() ? match(elements, e + 1, t, i, bind) : -1;
    }
    int best = -1;
    Map<String, String> bestBind = null;
    Map<String, String> mine = new HashMap<>(bind);
    int taken = take(el, t, i, mine);
    if (taken > 0) {
      int end = match(elements, e + 1, t, i + taken, mine);
      if (end >= 0) {
        best = end;
        bestBind = mine;
      }
    }
    if (el.optional()) {
      Map<String, String> skip = new HashMap<>(bind);
      int end = match(elements, e + 1, t, i, skip);
      if (end > best) {
        best = end;
        bestBind = skip;
      }
    }
    if (bestBind != null) {
      bind.clear();
      bind.putAll(bestBind);
    }
    return best;
  }

  private int take(Element el, List<Token> t, int i, Map<String, String> bind) {
    if (i >= t.size()) {
      return -1;
    }
    Token tok = t.get(i);
    if (el.words() != null) {
      return el.words().contains(tok.word().toLowerCase(Locale.ROOT)) ? 1 : -1;
    }
    if (el.pos() != null) {
      for (String p : el.pos()) {
        if (tok.isPos(p)) {
          return 1;
        }
      }
      return -1;
    }
    return words.match(el.cls(), el.name(), t, i, bind);
  }

  List<Rule> rules() {
    return rules;
  }
}
