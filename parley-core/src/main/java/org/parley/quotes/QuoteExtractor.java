package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parley.actors.ActorIndex;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Issues;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.text.QuoteMarks;
import org.parley.util.Nullable;

/**
 * Who said what: quoted spans with their kind (direct, partial, term) and speaker, and reported speech without
 * marks (indirect). Speakers come from speech frames ({@link Frames}); a quote no frame governs takes the speaker
 * of the frame beside it in its sentence, or continues the previous quote of its paragraph.
 */
public final class QuoteExtractor {
  public static final String NAME = "quotes";

  /** Cue classes whose verb puts words in someone's mouth: say, allege, claim, contend. */
  private static final Set<String> CLAIMS = Set.of("speech", "stance", "finding");
  /** Words before a quote that make it a name or a scare quote, not speech. */
  private static final Set<String> NAMING = Set.of("so-called", "dubbed", "named", "titled", "entitled", "termed",
      "nicknamed", "branded");

  /** Nouns a quotation right after them stands for as a label, not as speech: 'the question, "Is it fair?"'. */
  private static final Set<String> LABELS = Set.of("question", "phrase", "slogan", "motto", "hashtag", "catchphrase",
      "headline", "title", "expression", "term", "chant", "banner");

  /** Articles that may stand between a naming word and its quotation: 'nicknamed the "..."'. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Prepositions after which a short capitalised quote is a name. */
  private static final Set<String> PREPOSITIONS = Set.of("of", "from", "at", "for", "with", "by", "to", "into");

  /** How far (characters) past a closing mark the cue of its tag may stand: '," the foreign minister said'. */
  private static final int TAG_REACH = 60;

  private final Cues cues;
  private final Gazetteer lex;

  public QuoteExtractor(Cues cues, Gazetteer lex) {
    this.cues = cues;
    this.lex = lex;
  }

  public QuoteExtractor() {
    this(Cues.get(), Gazetteer.get());
  }

  public String name() {
    return NAME;
  }

  public List<Quote> extract(AnnotatedDocument doc, ActorIndex actors, Issues issues) {
    String text = doc.text();
    List<QuoteMarks.Marked> marked = QuoteMarks.find(text, issues);
    List<Span> quoted = new ArrayList<>();
    for (QuoteMarks.Marked m : marked) {
      quoted.add(m.outer());
    }
    Frames frames = new Frames(cues, lex, actors, text, doc.sentences());
    List<Quote> out = new ArrayList<>();
    String lastSpeaker = null;
    Quote previous = null;
    int q = 0;
    Map<Integer, List<Frame>> frameCache = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      final String before = lastSpeaker;
      List<Frame> all = frameCache.computeIfAbsent(s.index(), k -> frames.find(s, quoted, before));
      List<Frame> fs = forQuotes(all);
      String current = lastSpeaker;
      for (Frame f : fs) {
        current = f.speaker() != null ? f.speaker() : current;
      }
      final String speakerSoFar = current;
      Function<Sentence, List<Frame>> framesOf = other -> forQuotes(
          frameCache.computeIfAbsent(other.index(), k -> frames.find(other, quoted, speakerSoFar)));
      // quoted spans that start in this sentence
      while (q < marked.size() && marked.get(q).outer().begin() < s.end()) {
        QuoteMarks.Marked m = marked.get(q++);
        Quote enclosing = enclosing(out, m);
        if (enclosing != null) {
          Frame inner = relayed(s, m, quoted, frames, lastSpeaker);
          out.add(inner != null && !named(text, m) ? new Quote(m.content().begin(), m.content().end(), m.content().of(text),
              sentenceLike(text, m.outer().begin(), m.content().of(text)) ? QuoteKind.DIRECT : QuoteKind.PARTIAL,
              inner.speaker(), inner.cueWord()) : nested(text, m, enclosing));
          continue;
        }
        Quote quote = attribute(doc, s, m, fs, framesOf, previous, text, frames, actors, lastSpeaker);
        out.add(quote);
        previous = quote;
        if (quote.speaker() != null) {
          lastSpeaker = quote.speaker();
        }
      }
      for (Frame f : all) {
        Quote indirect = indirect(s, f, marked, text);
        if (indirect != null) {
          out.add(indirect);
        }
        if (f.speaker() != null && !f.described()) {
          lastSpeaker = f.speaker();
        }
      }
    }
    while (q < marked.size()) {
      QuoteMarks.Marked m = marked.get(q++);
      out.add(attribute(doc, null, m, List.of(), other -> List.of(), previous, text, frames, actors, lastSpeaker));
    }
    out.addAll(InterviewTurns.answers(text, actors)); // "((Ana Ruiz)) I would ...": her answer, the quotes in it nested
    out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
    return out;
  }

  /** The frames as quotations see them ({@link Frame#forQuotes}). */
  private static List<Frame> forQuotes(List<Frame> frames) {
    return frames.stream().map(Frame::forQuotes).toList();
  }

  /** The quote (not indirect) whose content holds the marked span: a quote within a quote. */
  private static @Nullable Quote enclosing(List<Quote> found, QuoteMarks.Marked m) {
    for (Quote q : found) {
      if (q.kind() != QuoteKind.INDIRECT && q.begin() <= m.outer().begin() && m.outer().end() <= q.end()) {
        return q;
      }
    }
    return null;
  }

  /**
   * The frame inside a quotation that governs a quote within it ('"I offered to resign and the president said, 'Let
   * us talk tomorrow.'"': the president's words, relayed by the outer speaker); null when none does.
   */
  private static @Nullable Frame relayed(Sentence s, QuoteMarks.Marked m, List<Span> quoted, Frames frames,
      @Nullable String lastSpeaker) {
    List<Span> others = new ArrayList<>();
    for (Span q : quoted) {
      if (!(q.begin() < m.outer().begin() && m.outer().end() <= q.end())) {
        others.add(q);
      }
    }
    List<Frame> inside = forQuotes(frames.find(s, others, lastSpeaker));
    Frame f = governing(s, m.content(), inside);
    return f != null && f.speaker() != null ? f : null;
  }

  /**
   * A quote within a quote is relayed by the speaker of the quote around it ({@code "We told them, 'not now'"}):
   * a sentence is direct, a phrase partial; inside a quote that nobody speaks, or a name, it is a term.
   */
  private static Quote nested(String text, QuoteMarks.Marked m, Quote around) {
    Span c = m.content();
    String words = c.of(text);
    if (around.speaker() == null || named(text, m)) {
      return new Quote(c.begin(), c.end(), words, QuoteKind.TERM, null, null);
    }
    QuoteKind kind = sentenceLike(text, m.outer().begin(), words) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    return new Quote(c.begin(), c.end(), words, kind, around.speaker(), around.cue());
  }

  private Quote attribute(AnnotatedDocument doc, @Nullable Sentence s, QuoteMarks.Marked m, List<Frame> fs,
      Function<Sentence, List<Frame>> framesOf, @Nullable Quote previous, String text,
      Frames frames, ActorIndex actors, @Nullable String lastSpeaker) {
    Span c = m.content();
    String words = c.of(text);
    if (named(text, m)) {
      return new Quote(c.begin(), c.end(), words, QuoteKind.TERM, null, null);
    }
    String label = colonLabel(doc, m, text, actors);
    if (label != null) {
      QuoteKind kind = sentenceLike(text, m.outer().begin(), words) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      return new Quote(c.begin(), c.end(), words, kind, label, null);
    }
    Frame f = s == null ? null : tagAfter(doc, s, m, fs, framesOf, text);
    if (f == null && s != null) {
      f = governing(s, c, fs);
    }
    if (f == null && s != null) {
      f = containing(s, c, fs);
    }
    if (f == null && s != null) {
      f = bySubject(s, c, fs);
    }
    boolean colon = afterColon(text, m.outer().begin());
    if (f == null && s != null && (wordCount(words) >= 4 || colon)) {
      f = beside(s, c, fs, colon);
    }
    if (f == null) {
      // a quote running over several sentences may have its frame in a later one: '"...," he said.'
      for (Sentence other : doc.sentences()) {
        // not one that holds only the closing mark: '... on Friday.' / '" The ministry said: ...'
        if (other != s && other.begin() < m.content().end() && other.end() > m.outer().begin() && f == null) {
          f = beside(other, c, framesOf.apply(other), false);
        }
      }
    }
    boolean sentenceLike = sentenceLike(text, m.outer().begin(), words)
        || (s != null && afterSpeechVerb(s, m.outer().begin()) && wordCount(words) >= 3 && capitalised(words));
    int relative = s == null ? -1 : relativeSubject(s, c, fs);
    String own = relative < 0 ? null : frames.resolve(s, relative, lastSpeaker);
    if (own != null) {
      QuoteKind kind = sentenceLike ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      return new Quote(c.begin(), c.end(), words, kind, own, s.tokens().get(s.head(relative)).word());
    }
    if (f != null && f.speaker() != null) {
      QuoteKind kind = sentenceLike ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      return new Quote(c.begin(), c.end(), words, kind, f.speaker(), f.cueWord());
    }
    if (previous != null && previous.speaker() != null && previous.kind() != QuoteKind.INDIRECT
        && continues(text, previous, m) && sentenceLike && narrativeBetween(doc, previous, m)) {
      // '"... enough," said X. Chairman Y denied the reports. "We exclude nothing."': a sentence of narrative between
      // the two quotations introduces whoever speaks next
      String next = new Continuation(doc, text, framesOf, frames, actors).speakerBefore(s, m, lastSpeaker);
      if (next != null) {
        return new Quote(c.begin(), c.end(), words, QuoteKind.DIRECT, next, null);
      }
    }
    if (previous != null && previous.speaker() != null && previous.kind() != QuoteKind.INDIRECT
        && continues(text, previous, m) && sentenceLike) {
      return new Quote(c.begin(), c.end(), words, QuoteKind.DIRECT, previous.speaker(), null);
    }
    Frame before = s == null || !sentenceLike ? null : lastFrameBefore(doc, s, m, framesOf, text);
    if (before != null) {
      return new Quote(c.begin(), c.end(), words, QuoteKind.DIRECT, before.speaker(), before.cueWord());
    }
    String earlier = s == null || !sentenceLike ? null
        : new Continuation(doc, text, framesOf, frames, actors).speakerBefore(s, m, lastSpeaker);
    if (earlier == null && s != null && sentenceLike) {
      earlier = new Continuation(doc, text, framesOf, frames, actors).speakerBeforeColon(s, m, lastSpeaker);
    }
    if (earlier != null) {
      return new Quote(c.begin(), c.end(), words, QuoteKind.DIRECT, earlier, null);
    }
    if (sentenceLike && wordCount(words) >= 6) {
      return new Quote(c.begin(), c.end(), words, QuoteKind.DIRECT, null, null);
    }
    Frame unnamed = s == null ? null : unnamedSpeaker(s, c, fs);
    if (unnamed != null) {
      QuoteKind kind = sentenceLike ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      return new Quote(c.begin(), c.end(), words, kind, null, unnamed.cueWord());
    }
    return new Quote(c.begin(), c.end(), words, QuoteKind.TERM, null, null);
  }

  /**
   * 'Secretary of the Air Force Ana Ruiz: "No, ..."': a name, with its title, set before the colon that opens the
   * quote and no verb of its own (an exchange of messages, a transcript): the one named speaks. Null when no person or
   * organisation is named right before the colon, or a verb stands between it and the colon or sentence before.
   */
  private static @Nullable String colonLabel(AnnotatedDocument doc, QuoteMarks.Marked m, String text,
      ActorIndex actors) {
    int colon = QuoteMarks.trimEnd(text, 0, m.outer().begin());
    if (colon == 0 || text.charAt(colon - 1) != ':') {
      return null;
    }
    int end = QuoteMarks.trimEnd(text, 0, colon - 1);
    for (Sentence s : doc.sentences()) {
      Token name = null;
      for (Token t : s.tokens()) {
        if (t.end() == end) {
          name = t;
        }
      }
      if (name == null) {
        continue;
      }
      ActorIndex.Entry who = name.isPos("NNP") ? actors.at(name.begin()) : null;
      if (who == null || who.kind() == ActorKind.COUNTRY) {
        return null;
      }
      for (int k = name.index() - 1; k >= 0; k--) {
        Token t = s.tokens().get(k);
        if (t.isPos(":") || t.isPos(".")) {
          break;
        }
        if (t.isPos("VB") || t.isPos("MD")) {
          return null; // 'he told Ana Ruiz: "..."': a listener, the speaker is the verb's subject
        }
      }
      return who.id();
    }
    return null;
  }

  /**
   * A verb of saying or claiming that governs the quote though no actor could be named for it ('the letter alleged
   * its aim was to "..."', 'a notice claimed "..."'): the words are someone's speech with the speaker unknown, not a
   * term. Null when no such cue governs the quote, or the quote holds no verb (a label, not words said).
   */
  private static @Nullable Frame unnamedSpeaker(Sentence s, Span c, List<Frame> fs) {
    boolean clause = s.tokens().stream().anyMatch(t -> t.begin() >= c.begin() && t.end() <= c.end() && t.isPos("VB"));
    if (!clause) {
      return null; // 'the study noted over 300 "jackal horns" seized': a name inside the content stays a term
    }
    int head = quoteHead(s, c);
    Set<Integer> seen = new HashSet<>();
    for (int k = head < 0 ? -1 : s.head(head); k >= 0 && seen.add(k); k = s.head(k)) {
      for (Frame f : fs) {
        if (f.cue() == k && CLAIMS.contains(f.cueClass()) && s.tokens().get(k).isPos("VB")) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * The tag right after the closing mark ('"...," said X', '"...," X said'): it names the speaker even when a frame
   * before the quote introduced it ('The agency warned: "... ," said X, its director') or the quote runs over several
   * sentences. Only commas and the speaker's own words may stand between the mark and the cue; null when no tag
   * follows.
   */
  private static @Nullable Frame tagAfter(AnnotatedDocument doc, Sentence s, QuoteMarks.Marked m, List<Frame> fs,
      Function<Sentence, List<Frame>> framesOf, String text) {
    int close = m.outer().end();
    Sentence last = s;
    for (Sentence other : doc.sentences()) {
      if (other.begin() < close && close <= other.end()) {
        last = other;
      }
    }
    for (Frame f : last == s ? fs : framesOf.apply(last)) {
      boolean tags = f.cueClass().equals("speech") || f.cueClass().equals("tag");
      if (f.speaker() == null || f.speakerToken() < 0 || !tags) {
        continue;
      }
      Token cue = last.tokens().get(f.cue());
      Token speaker = last.tokens().get(f.speakerToken());
      if (cue.begin() < close || cue.begin() - close > TAG_REACH) {
        continue;
      }
      String gap = text.substring(close, cue.begin());
      if (opensClause(last, close)) {
        continue; // '"...," while X noted ...': a clause of its own, not a tag
      }
      if (endsWithPeriod(m.content().of(text)) && reportsOwnClause(last, f, cue)) {
        continue; // '"... a home run." Officials said that ...': a new sentence with a report of its own, not a tag
      }
      boolean plain = gap.matches("[\\s,]*");
      boolean named = speaker.begin() >= close && speaker.end() <= cue.begin()
          && gap.matches("[\\s,]*[^.;:!?\"\u201c\u201d,]+") && !verbBetween(last, close, cue.begin());
      if (plain || named) {
        return f;
      }
    }
    return null;
  }

  /**
   * A verb stands between the closing mark and the cue: '"..." A group of lawmakers released a statement': a clause of
   * its own, not a tag.
   */
  private static boolean verbBetween(Sentence s, int from, int to) {
    return s.tokens().stream().anyMatch(t -> t.begin() >= from && t.end() <= to && t.isPos("VB"));
  }

  /** The quoted words end their sentence with a full stop ('... a home run.'), as a tag's quote does not ('...,'). */
  private static boolean endsWithPeriod(String words) {
    return words.strip().endsWith(".");
  }

  /**
   * The frame's cue reports a content of its own after it, a clause or a quotation ('said that the deal ...', 'said
   * in a statement "We ..."'), not just where or how it was said ('said in a statement').
   */
  private static boolean reportsOwnClause(Sentence s, Frame f, Token cue) {
    if (f.contentFirst() < 0 || s.tokens().get(f.contentFirst()).begin() < cue.end()) {
      return false;
    }
    for (int k = f.contentFirst(); k <= f.contentLast(); k++) {
      Token t = s.tokens().get(k);
      if (t.isPos("VB") || (t.isPos("``") || t.isPos("''")) && k < f.contentLast()) {
        return true; // not a lone opening mark at the sentence's end: '." said X, Minister of Y. "' opens the next
      }
    }
    return false;
  }

  /**
   * The first word after the closing mark subordinates or coordinates a clause ('"...," while X noted', '"...," but X
   * said'), so what follows is a statement of its own, not a tag naming who spoke the quote.
   */
  private static boolean opensClause(Sentence s, int close) {
    for (Token t : s.tokens()) {
      if (t.begin() >= close && !t.isPos(",") && !t.isPos("''")) {
        String r = s.relation(t.index());
        return r.equals("mark") || r.equals("cc");
      }
    }
    return false;
  }

  /** The frame whose cue governs the quote in the dependency tree, climbing from the quote's head. */
  private static @Nullable Frame governing(Sentence s, Span c, List<Frame> fs) {
    int head = quoteHead(s, c);
    if (head < 0) {
      return null;
    }
    Set<Integer> seen = new HashSet<>();
    for (int k = s.head(head); k >= 0 && seen.add(k); k = s.head(k)) {
      for (Frame f : fs) {
        if (f.cue() == k && f.speaker() != null) {
          return f.cueClass().equals("belief") ? reporting(f, fs) : f;
        }
      }
    }
    return null;
  }

  /**
   * The frame whose report holds a belief frame ('said he expected it when the Treasury felt it would give "the right
   * return"'): quotation marks give someone's words, and a belief reported inside a statement is the stater's
   * wording. The widest such frame with a speaker, or the belief frame itself when no report holds it.
   */
  private static Frame reporting(Frame belief, List<Frame> fs) {
    Frame outer = belief;
    for (Frame g : fs) {
      boolean holds = g.contentFirst() >= 0 && g.contentFirst() <= belief.cue() && belief.cue() <= g.contentLast();
      if (g != belief && g.speaker() != null && holds && (outer == belief
          || g.contentLast() - g.contentFirst() > outer.contentLast() - outer.contentFirst())) {
        outer = g;
      }
    }
    return outer;
  }

  /**
   * The subject of a relative clause that holds the quote below any cue that speaks it ("Vance criticised the ruling,
   * which Okafor has dismissed as a "farce""): the words are the relative clause's subject's, not the main speaker's.
   * -1 when a speaking frame governs the quote first, or no relative clause with a subject of its own lies between.
   */
  private static int relativeSubject(Sentence s, Span c, List<Frame> fs) {
    int head = quoteHead(s, c);
    Set<Integer> seen = new HashSet<>();
    for (int k = head < 0 ? -1 : s.head(head); k >= 0 && seen.add(k); k = s.head(k)) {
      for (Frame f : fs) {
        if (f.cue() == k && f.speaker() != null) {
          return -1;
        }
      }
      if (s.relation(k).equals("acl:relcl") && !speakerHungOn(s, k, fs)) {
        // not a relative clause the parser hung the main cue and its quote on by mistake ('Lind, who comes from the
        // state where Nordline bases its fleet, said "..."', parsed with "said" under "bases")
        for (Dependency d : s.children(k)) {
          Token subject = s.tokens().get(d.dependent());
          if (d.relation().equals("nsubj") && !subject.isPos("WDT") && !subject.isPos("WP")
              && (subject.end() <= c.begin() || subject.begin() >= c.end())) {
            return d.dependent();
          }
        }
      }
    }
    return -1;
  }

  /** A cue verb with a speaker hangs on the token: the parser put the sentence's own speech frame under it. */
  private static boolean speakerHungOn(Sentence s, int token, List<Frame> fs) {
    for (Frame f : fs) {
      if (f.speaker() != null && s.head(f.cue()) == token && s.tokens().get(f.cue()).isPos("VB")) {
        return true;
      }
    }
    return false;
  }

  /** The frame whose reported content contains the quote ('saying the offer was "far too vague" to accept'). */
  private static @Nullable Frame containing(Sentence s, Span c, List<Frame> fs) {
    for (Frame f : fs) {
      if (f.speaker() != null && f.contentFirst() >= 0 && s.tokens().get(f.contentFirst()).begin() <= c.begin()
          && c.end() <= s.tokens().get(f.contentLast()).end()) {
        return f;
      }
    }
    return null;
  }

  /**
   * The frame of the subject of the clause the quote stands in ("Trump, responding to Pelosi's announcement, attacked
   * the inquiry as "..."": Trump's frame, not the announcement's), when that subject speaks in the sentence.
   */
  private static @Nullable Frame bySubject(Sentence s, Span c, List<Frame> fs) {
    int head = quoteHead(s, c);
    Set<Integer> seen = new HashSet<>();
    for (int k = head < 0 ? -1 : s.head(head); k >= 0 && seen.add(k); k = s.head(k)) {
      for (Dependency d : s.children(k)) {
        if (d.relation().equals("nsubj")) {
          for (Frame f : fs) {
            if (f.speaker() != null && f.speakerToken() == d.dependent()) {
              return f;
            }
          }
          return null;
        }
      }
    }
    return null;
  }

  /** The quote follows a speech verb with no punctuation between: 'saying "It was ..."'. */
  private boolean afterSpeechVerb(Sentence s, int markAt) {
    Token before = null;
    for (Token t : s.tokens()) {
      if (t.end() <= markAt) {
        before = t;
      }
    }
    return before != null && before.isPos("VB") && markAt - before.end() <= 1
        && "speech".equals(cues.classOf(s, before));
  }

  /**
   * A short capitalised quote right after a preposition names something ('Ana Ruiz of "Clean Rivers Now", a
   * charity'): a term, not speech.
   */
  private static boolean nameAfterPreposition(String text, int markAt, String words) {
    int e = markAt;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    String before = text.substring(b, e).toLowerCase(Locale.ROOT);
    return PREPOSITIONS.contains(before) && !words.isEmpty() && Character.isUpperCase(words.charAt(0))
        && wordCount(words) <= 5 && !words.matches("(?s).*[.!?,;:]$");
  }

  /** The nearest frame with a speaker in the sentence, for quotes the parse hangs elsewhere ('"...", she added'). */
  private static @Nullable Frame beside(Sentence s, Span c, List<Frame> fs, boolean anyClass) {
    Frame best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Frame f : fs) {
      boolean introduces = f.cueClass().equals("speech") || f.cueClass().equals("finding")
          || f.cueClass().equals("tag");
      if (f.speaker() == null || !(introduces || anyClass)) {
        continue;
      }
      Token cue = s.tokens().get(f.cue());
      int distance = cue.begin() >= c.end() ? cue.begin() - c.end() : c.begin() - cue.end();
      if (distance >= 0 && distance < bestDistance) {
        best = f;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The token of the quote whose head lies outside it, or -1. */
  private static int quoteHead(Sentence s, Span c) {
    for (Token t : s.tokens()) {
      if (t.begin() >= c.begin() && t.end() <= c.end() && !t.isPos(".") && !t.isPos(",")) {
        int h = s.head(t.index());
        if (h < 0 || s.tokens().get(h).begin() < c.begin() || s.tokens().get(h).end() > c.end()) {
          return t.index();
        }
      }
    }
    return -1;
  }

  /** The quote is introduced by a colon: 'issued the following statement: "..."'. */
  private static boolean afterColon(String text, int markAt) {
    int p = markAt - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && text.charAt(p) == ':';
  }

  /** The quotation is a name or label, not speech: after a naming word or label noun, or a name after a preposition. */
  private static boolean named(String text, QuoteMarks.Marked m) {
    String words = m.content().of(text);
    return naming(text, m.outer().begin(), words) || nameAfterPreposition(text, m.outer().begin(), words);
  }

  /** A naming word ("so-called", "dubbed") or a label noun ("the slogan", "the question,") right before the mark. */
  private static boolean naming(String text, int markAt, String words) {
    int e = markAt;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > 0 && text.charAt(e - 1) == ',') {
      return LABELS.contains(wordBefore(text, e - 1));
    }
    String before = wordBefore(text, e);
    if (ARTICLES.contains(before)) {
      // 'nicknamed the "Iron Lady"', 'dubbed a "quiet revolution"'
      before = wordBefore(text, QuoteMarks.trimEnd(text, 0, e - before.length()));
      return NAMING.contains(before);
    }
    if (before.equals("question") && !capitalised(words) && !words.strip().endsWith("?")) {
      return false; // 'a question "better put to the ministry"': words said of the question, not the question
    }
    return LABELS.contains(before) || NAMING.contains(before);
  }

  /** The whitespace-delimited word ending at {@code e}, lower-cased. */
  private static String wordBefore(String text, int e) {
    int b = e;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e).toLowerCase(Locale.ROOT);
  }

  /**
   * A whole sentence or clause rather than words woven into the reporter's sentence: it starts with a capital
   * at the start of a paragraph or sentence, or after a colon or comma.
   */
  private static boolean sentenceLike(String text, int markAt, String words) {
    if (!capitalised(words)) {
      return false;
    }
    int p = markAt - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0 || text.charAt(p) == '\n') {
      return true;
    }
    char before = text.charAt(p);
    if (".:!?;,\u2014\u2013-".indexOf(before) >= 0 || QuoteMarks.isDoubleMark(before)) {
      return true;
    }
    return wordCount(words) >= 3 && Character.isLetter(before) && words.matches("(?s).*[.!?,]$");
  }

  /**
   * The quotation opens with a capital or a digit, past the editor's brackets and ellipses ("[W]e must", "...The").
   */
  private static boolean capitalised(String words) {
    int k = 0;
    while (k < words.length() && "[(.\u2026 ".indexOf(words.charAt(k)) >= 0) {
      k++;
    }
    return k < words.length() && (Character.isUpperCase(words.charAt(k)) || Character.isDigit(words.charAt(k)));
  }

  /**
   * A whole sentence stands between the previous quotation and this one (its words begin after the previous
   * quotation ends, though the splitter may have given it that quotation's closing mark, and end before this one).
   */
  private static boolean narrativeBetween(AnnotatedDocument doc, Quote previous, QuoteMarks.Marked m) {
    for (Sentence o : doc.sentences()) {
      List<Token> t = o.tokens();
      int first = 0;
      while (first < t.size() && (t.get(first).isPos("''") || t.get(first).isPos("``"))) {
        first++;
      }
      if (first < t.size() && t.get(first).begin() > previous.end() && o.end() <= m.outer().begin() + 1
          && t.size() - first >= 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quote that opens a sentence with no tag of its own, right after a sentence of its paragraph where someone
   * spoke ('X criticised the plan on television. "..."'): the last speaking frame of that sentence.
   */
  private static @Nullable Frame lastFrameBefore(AnnotatedDocument doc, Sentence s, QuoteMarks.Marked m,
      Function<Sentence, List<Frame>> framesOf, String text) {
    if (s.index() == 0 || text.substring(s.begin(), m.outer().begin()).strip().length() > 0) {
      return null;
    }
    Sentence prior = doc.sentences().get(s.index() - 1);
    if (text.substring(prior.end(), s.begin()).contains("\n")) {
      return null;
    }
    Frame last = null;
    for (Frame f : framesOf.apply(prior)) {
      if (f.speaker() != null && (last == null || f.cue() > last.cue())) {
        last = f;
      }
    }
    return last;
  }

  private static boolean continues(String text, Quote previous, QuoteMarks.Marked m) {
    int between = m.outer().begin();
    String gap = text.substring(Math.min(previous.end(), between), between);
    if (!gap.contains("\n")) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', between - 1) + 1;
    int lineEnd = text.indexOf('\n', between);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    boolean onlyQuote = text.substring(lineStart, m.outer().begin()).isBlank()
        && m.outer().end() >= lineEnd - 2;
    boolean adjacentParagraph = gap.chars().filter(ch -> ch == '\n').count() <= 2;
    return onlyQuote && adjacentParagraph;
  }

  private static int wordCount(String s) {
    String t = s.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Reported speech: the content under a speech cue, when it is not already one quoted span. */
  private static @Nullable Quote indirect(Sentence s, Frame f, List<QuoteMarks.Marked> marked, String text) {
    if (f.speaker() == null || f.contentFirst() < 0) {
      return null;
    }

    Span span = trim(text, s.tokens().get(f.contentFirst()).begin(), s.tokens().get(f.contentLast()).end());
    if (span.length() == 0) {
      return null;
    }
    for (QuoteMarks.Marked m : marked) {
      Span c = m.content();
      int inter = Math.max(0, Math.min(c.end(), span.end()) - Math.max(c.begin(), span.begin()));
      if (inter >= 0.95 * span.length()) {
        return null; // the report is the quotation itself
      }
    }
    return new Quote(span.begin(), span.end(), span.of(text), QuoteKind.INDIRECT, f.speaker(), f.cueWord());
  }

  private static int countDoubleMarks(String text, int b, int e) {
    int n = 0;
    for (int k = b; k < e; k++) {
      if (QuoteMarks.isDoubleMark(text.charAt(k))) {
        n++;
      }
    }
    return n;
  }

  private static Span trim(String text, int b, int e) {
    String strip = " \t\n,;:-\u2013\u2014\"\u201c\u201d'";
    while (b < e && strip.indexOf(text.charAt(b)) >= 0) {
      b++;
    }
    while (e > b && (strip.indexOf(text.charAt(e - 1)) >= 0 || text.charAt(e - 1) == '.')) {
      e--;
    }
    if (e < text.length() && QuoteMarks.isDoubleMark(text.charAt(e)) && countDoubleMarks(text, b, e) % 2 == 1) {
      e++; // '...was "a step backwards".': the closing mark belongs with its opening one
    }
    if (e - b > 5 && text.regionMatches(true, b, "that ", 0, 5)) {
      b += 5; // the complementiser is not part of what was said
    }
    return new Span(b, e);
  }
}
