package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issues;
import org.parley.model.Sentence;
import org.parley.model.TimeValue;
import org.parley.model.Token;
import org.parley.util.Nullable;

/**
 * Time expressions with TIMEX3 values, resolved against the right anchor. Parley's own grammar ({@code
 * grammar.tsv}, {@link Grammar}) finds and resolves them, using the tense of the governing verb ({@link TenseReader})
 * for weekdays, months and seasons without a year. CoreNLP's SUTime is not used: on MEANTIME the grammar alone
 * gives as good values, and SUTime cost half of all annotation time ({@code TimeAccuracyIT} still compares the two).
 * Anchors ({@link Anchors}): a live post's own date inside the post, the document's
 * date elsewhere; inside quotation marks, the day the words were said (a day named outside the quote in the same
 * sentence, else one named in the sentence before or kept through a run of quoted sentences, else the day of the lead,
 * when these lie in the week before the anchor). "The day", "that morning" and "the day before" count from a day named
 * before them in the sentence, else after them in it, else from the day of the lead: the first day a main clause of
 * the body names (in news, the day of the main event). "A month later" counts from the last year, month or day
 * named.
 */
public final class TimeExtractor {
  public static final String NAME = "times";
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CLOCK =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|XXXX-XX-XX)T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern GAP = Pattern.compile("[\\s,]*(local time)?[\\s,]*(on|of|at|,)?[\\s,]*");
  /** Between a clock time and another one in brackets: "2am local time (0100 UTC)". */
  private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*(local time)?\\s*[(\\[]\\s*");
  /** Between a bracketed clock time and the day after it: "(0100 UTC) on Sunday". */
  private static final Pattern BRACKET_CLOSE = Pattern.compile("\\s*[)\\]][\\s,]*(on|of|at|,)?[\\s,]*");
  /** A year, month or day: what "a month later" counts from. */
  private static final Pattern POINT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-(\\d{2}(-\\d{2})?|Q[1-4]|H[12])");
  private static final Set<String> SUBORDINATE = Set.of("acl", "acl:relcl", "advcl", "csubj", "xcomp");
  private static final TimeWords WORDS = TimeWords.load();
  private static final Grammar GRAMMAR = Grammar.load(WORDS);
  private static final TenseReader TENSE = new TenseReader(WORDS);

  /** A time expression found in a sentence, before its value is worked out. */
  private record Candidate(int start, int end, String type, Grammar.Match match, boolean quoted) {}

  /**
   * Which tokens of the sentence lie in a time expression of Parley's grammar ("yesterday", "on Monday", "in
   * 2019"): for extractors that run before this one and must tell a time word from a name or a content word.
   */
  public static boolean[] timeTokens(Sentence s) {
    boolean[] out = new boolean[s.tokens().size()];
    for (Grammar.Match m : GRAMMAR.scan(s.tokens())) {
      if (m.isTime()) {
        Arrays.fill(out, m.start(), m.end(), true);
      }
    }
    return out;
  }

  public String name() {
    return NAME;
  }

  public List<TimeValue> extract(AnnotatedDocument doc, Issues issues) {
    Anchors anchors = new Anchors(doc.document(), issues);
    Memory memory = new Memory();
    List<TimeValue> out = new ArrayList<>();
    boolean unanchored = false;
    for (Sentence s : doc.sentences()) {
      int post = anchors.postAt(s.begin());
      LocalDate anchor = anchors.at(s.begin());
      if (post != memory.post) {
        memory.post = post;
        memory.lead = null;
        memory.period = null;
        memory.last = null;
        memory.previousDay = null;
        memory.speech = null;
      }
      unanchored |= anchor == null;
      out.addAll(sentence(doc, s, anchors, anchor, memory));
    }
    if (unanchored && !out.isEmpty()) {
      issues.add("time.no-anchor", "the document has no date: relative time expressions are left unresolved (XXXX)",
          null);
    }
    return List.copyOf(out);
  }

  /** What the reading remembers from sentence to sentence (of one live post, or of the whole document). */
  private static final class Memory {
    /** The day of the lead: the first day a main clause of the body names (a dateline is not the body). */
    @Nullable LocalDate lead;
    /** The last month, quarter or day named, for "the same period last year". */
    @Nullable String period;
    /** The last year, month or day named outside quotes, for "a month later", "eight years earlier". */
    @Nullable String last;
    /**
     * The first day the previous sentence named outside quotes (not counted from the narrative), kept through the
     * quoted sentences that follow it.
     */
    @Nullable LocalDate previousDay;
    /** The day the previous sentence's quoted words were said: a quote running on into the next sentence keeps it. */
    @Nullable LocalDate speech;
    int post = -1;
  }

  /**
   * The time expressions of one sentence: those outside quotation marks first, in order, then those inside,
   * counted from the day the words were said. "The day", "that morning" count from a day named before them in the
   * sentence, else from the day of the lead.
   */
  private static List<TimeValue> sentence(AnnotatedDocument doc, Sentence s, Anchors anchors,
      @Nullable LocalDate anchor, Memory memory) {
    List<Candidate> found = candidates(s, anchors);
    LocalDate said = null;
    List<TimeValue> out = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      if (c.quoted()) {
        continue;
      }
      LocalDate later = said == null && fromNarrative(c) ? dayNamedAfter(doc, s, found, k, anchor, memory) : null;
      LocalDate narrative = said != null ? said : later != null ? later : memory.lead;
      Resolver.Context ctx = new Resolver.Context(anchor, narrative, memory.period, memory.last, tense(s, c), false);
      TimeValue v = value(doc, s, c, ctx);
      if (v == null) {
        continue;
      }
      out.add(v);
      remember(v, memory);
      if (POINT.matcher(v.value()).matches()) {
        memory.last = v.value();
      }
      if (DAY.matcher(v.value()).matches() && !fromNarrative(c)) {
        LocalDate day = LocalDate.parse(v.value());
        said = said == null ? day : said;
        if (memory.lead == null && mainClause(s, c) && !dateline(s, c)) {
          memory.lead = day;
        }
      }
    }
    LocalDate speech = said != null ? said
        : anchors.inQuote(s.begin()) && memory.speech != null ? memory.speech
        : recent(memory.previousDay, anchor) ? memory.previousDay
        : recent(memory.lead, anchor) ? memory.lead : anchor;
    memory.speech = speech;
    // a run of quoted sentences keeps the day named before it ("X resigned on Tuesday. "...," he said. "...")
    memory.previousDay = said != null || !hasQuote(s, anchors) ? said : memory.previousDay;
    for (Candidate c : found) {
      if (c.quoted()) {
        Resolver.Context ctx = new Resolver.Context(speech, speech, memory.period, null, tense(s, c), said == null);
        TimeValue v = value(doc, s, c, ctx);
        if (v != null) {
          out.add(v);
        }
      }
    }
    out.sort(Comparator.comparingInt(TimeValue::begin));
    return bracketedClocks(doc.text(), joinClockAndDay(doc.text(), out));
  }

  /**
   * The first day the sentence names outside quotes after candidate {@code k} ("in morning trading on Tuesday"), or
   * null.
   */
  private static @Nullable LocalDate dayNamedAfter(AnnotatedDocument doc, Sentence s, List<Candidate> found, int k,
      @Nullable LocalDate anchor, Memory memory) {
    for (Candidate c : found.subList(k + 1, found.size())) {
      if (c.quoted() || fromNarrative(c)) {
        continue;
      }
      TimeValue v = value(doc, s, c, new Resolver.Context(anchor, memory.lead, memory.period, memory.last,
          tense(s, c), false));
      if (v != null && DAY.matcher(v.value()).matches()) {
        return LocalDate.parse(v.value());
      }
    }
    return null;
  }

  /**
   * A clock time next to a day becomes one time: "5:03 AM, February 10, 2019", "on Friday at 3 p.m." (the clock
   * time alone counted from the anchor, or had no known day inside a quote).
   */
  private static List<TimeValue> joinClockAndDay(String text, List<TimeValue> values) {
    List<TimeValue> out = new ArrayList<>(values);
    for (int i = 0; i + 1 < out.size(); i++) {
      TimeValue a = out.get(i);
      TimeValue b = out.get(i + 1);
      if (!GAP.matcher(text.substring(a.end(), Math.max(a.end(), b.begin()))).matches()) {
        continue;
      }
      TimeValue clock = CLOCK.matcher(a.value()).matches() ? a : CLOCK.matcher(b.value()).matches() ? b : null;
      TimeValue day = clock == a ? b : a;
      if (clock != null && DAY.matcher(day.value()).matches()) {
        String v = day.value() + clock.value().substring(clock.value().indexOf('T'));
        out.set(i, new TimeValue(a.begin(), b.end(), text.substring(a.begin(), b.end()), v, "TIME"));
        out.remove(i + 1);
      }
    }
    return out;
  }

  /**
   * A clock time with another one in brackets after it, the same moment in another zone: both take the day named
   * after the brackets ("at 2am local time (0100 UTC) on Sunday"), else the bracketed one takes the day of the first
   * ("on August 2 at 5 p.m. (2100 UTC)"), a day on or back when the hours say the zones lie across midnight.
   */
  private static List<TimeValue> bracketedClocks(String text, List<TimeValue> values) {
    List<TimeValue> out = new ArrayList<>(values);
    for (int i = 0; i + 1 < out.size(); i++) {
      TimeValue a = out.get(i);
      TimeValue b = out.get(i + 1);
      if (!CLOCK.matcher(a.value()).matches() || !CLOCK.matcher(b.value()).matches()
          || !BRACKET_OPEN.matcher(between(text, a, b)).matches()) {
        continue;
      }
      String day = a.value().substring(0, 10);
      if (i + 2 < out.size() && DAY.matcher(out.get(i + 2).value()).matches()
          && BRACKET_CLOSE.matcher(between(text, b, out.get(i + 2))).matches()) {
        day = out.get(i + 2).value();
        out.set(i, onDay(a, day, 0));
      }
      if (DAY.matcher(day).matches()) {
        out.set(i + 1, onDay(b, day, acrossMidnight(a.value(), b.value())));
      }
    }
    return out;
  }

  private static String between(String text, TimeValue a, TimeValue b) {
    return text.substring(a.end(), Math.max(a.end(), b.begin()));
  }

  private static TimeValue onDay(TimeValue clock, String day, int shift) {
    String v = LocalDate.parse(day).plusDays(shift) + clock.value().substring(clock.value().indexOf('T'));
    return new TimeValue(clock.begin(), clock.end(), clock.text(), v, clock.type());
  }

  /** The days (-1, 0, 1) between two clock values of one moment: "8 p.m. EDT (0000 UTC)" is the next day in UTC. */
  private static int acrossMidnight(String first, String second) {
    int h1 = Integer.parseInt(first.substring(first.indexOf('T') + 1, first.indexOf('T') + 3));
    int h2 = Integer.parseInt(second.substring(second.indexOf('T') + 1, second.indexOf('T') + 3));
    int best = 0;
    for (int d = -1; d <= 1; d++) {
      if (Math.abs(h2 + 24 * d - h1) < Math.abs(h2 + 24 * best - h1)) {
        best = d;
      }
    }
    return best;
  }

  private static void remember(TimeValue v, Memory memory) {
    if (PERIOD.matcher(v.value()).matches()) {
      memory.period = v.value();
    }
  }

  /** The grammar's time matches ("not a time" rules silence what they cover). */
  private static List<Candidate> candidates(Sentence s, Anchors anchors) {
    List<Candidate> out = new ArrayList<>();
    for (Grammar.Match m : GRAMMAR.scan(s.tokens())) {
      if (m.isTime()) {
        out.add(new Candidate(m.start(), m.end(), m.rule().type(), m, quoted(s, m.start(), anchors)));
      }
    }
    out.sort(Comparator.comparingInt(Candidate::start));
    return out;
  }

  private static boolean hasQuote(Sentence s, Anchors anchors) {
    for (Token t : s.tokens()) {
      if (anchors.inQuote(t.begin())) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(Sentence s, int token, Anchors anchors) {
    return anchors.inQuote(s.tokens().get(token).begin());
  }

  private static Tense tense(Sentence s, Candidate c) {
    return TENSE.of(s, c.start(), c.end());
  }

  private static @Nullable TimeValue value(AnnotatedDocument doc, Sentence s, Candidate c, Resolver.Context ctx) {
    List<Token> t = s.tokens();
    int b = t.get(c.start()).begin();
    int e = t.get(c.end() - 1).end();
    String text = doc.text().substring(b, e);
    String v = Resolver.resolve(c.match().rule().value(), c.match().bindings(), ctx);
    return v == null ? null : new TimeValue(b, e, text, v, c.type());
  }

  private static boolean fromNarrative(Candidate c) {
    String v = c.match().rule().value();
    return v.contains("narrative") || v.endsWith(" event");
  }

  /** Whether the expression is all its sentence says (but for punctuation): a dateline. */
  private static boolean dateline(Sentence s, Candidate c) {
    for (Token t : s.tokens()) {
      if ((t.index() < c.start() || t.index() >= c.end()) && Character.isLetterOrDigit(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words the speaker's day comes from lie in the week up to the anchor. */
  private static boolean recent(@Nullable LocalDate day, @Nullable LocalDate anchor) {
    return day != null && anchor != null && !day.isAfter(anchor) && !day.isBefore(anchor.minusDays(7));
  }

  /** Whether the expression hangs from the sentence's main clause (not a relative or adverbial clause). */
  private static boolean mainClause(Sentence s, Candidate c) {
    int cur = TenseReader.head(s, c.start(), c.end());
    for (int guard = 0; cur >= 0 && guard < 30; guard++) {
      if (SUBORDINATE.contains(s.relation(cur))) {
        return false;
      }
      cur = s.head(cur);
    }
    return true;
  }
}
