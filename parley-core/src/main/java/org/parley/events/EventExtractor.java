package org.parley.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.actors.ActorIndex;
import org.parley.lexicon.Gazetteer;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Event;
import org.parley.model.Issues;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.TimeValue;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.time.Anchors;
import org.parley.util.Nullable;

/**
 * Who did what to whom: PLOVER events with CAMEO codes, coded from dependency structure. Each sentence's predicates
 * (verbs and event nouns of {@code predicates.tsv}) are coded with their source and target actors, mode and date;
 * an event whose source resolves to no actor is not emitted. Events inside quotes resolve pronouns in the speaker's
 * frame. Dates come from a time expression that governs the predicate, else the live post's or the document's date.
 * Thread-safe: the lexicons are shared and immutable, each call keeps its state to itself; it adds to the document's
 * {@link ActorIndex} the actors (groups, countries named only by a demonym) and mentions of the events it keeps.
 */
public final class EventExtractor {
  public static final String NAME = "events";

  private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");
  private static final Pattern AHEAD = Pattern.compile("\\b(next|coming|within|later|tomorrow|upcoming)\\b");
  private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod", "nmod:tmod",
      "advmod");

  private final Predicates lexicon;
  private final EventTypes types;
  private final ModeWords words;
  private final Gazetteer lex;

  public EventExtractor() {
    this(Gazetteer.get());
  }

  public EventExtractor(Gazetteer lex) {
    this.lexicon = Predicates.get();
    this.types = EventTypes.get();
    this.words = ModeWords.get();
    this.lex = lex;
  }

  public String name() {
    return NAME;
  }

  public List<Event> extract(AnnotatedDocument doc, ActorIndex actors, List<Quote> quotes, List<TimeValue> times,
      Issues issues) {
    Participants who = new Participants(lex, actors, doc.text(), quotes, doc.sentences());
    Modes modes = new Modes(words, quotes);
    SentenceCoder coder = new SentenceCoder(lexicon, types, words, who, modes, new SentenceCoder.Memory());
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Event> recentRequests = new ArrayList<>();
    int requestSentence = -1;
    for (Sentence s : doc.sentences()) {
      List<Event> requestsHere = new ArrayList<>();
      for (Found f : coder.code(s)) {
        Event e = answering(emit(doc, s, f, who, times), recentRequests, s.index() - requestSentence <= 1);
        if (e != null && e.type().equals("REQUEST")) {
          requestsHere.add(e);
        }
        if (e != null && seen.add(e.type() + "|" + e.source() + "|" + e.target() + "|" + e.mode() + "|" + s.index())) {
          out.add(e);
        }
      }
      if (!requestsHere.isEmpty()) {
        recentRequests = requestsHere;
        requestSentence = s.index();
      }
    }
    return List.copyOf(out);
  }

  /**
   * A refusal with no target named answers a request made of its source just before: "The committee issued subpoenas
   * to the minister. He refused to hand over the records" is the minister's rejection of the committee. A request
   * that named no one to ask, made in the sentence just before, is answered by anyone else who refuses: "The committee
   * authorized subpoenas. The ministers refused to hand over the records".
   */
  private static @Nullable Event answering(@Nullable Event e, List<Event> recentRequests, boolean justBefore) {
    if (e == null || !e.type().equals("REJECT") || !e.target().isEmpty()) {
      return e;
    }
    for (Event r : recentRequests) {
      boolean asked = r.target().stream().anyMatch(e.source()::contains) || justBefore && r.target().isEmpty();
      if (!r.source().isEmpty() && asked && r.source().stream().noneMatch(e.source()::contains)) {
        return new Event(e.type(), e.cameo(), e.source(), r.source(), e.mode(), e.date(), e.begin(), e.end(), e.text());
      }
    }
    return e;
  }

  private @Nullable Event emit(AnnotatedDocument doc, Sentence s, Found f, Participants who, List<TimeValue> times) {
    Set<String> source = new LinkedHashSet<>();
    for (Ref r : f.source) {
      String id = who.commit(r);
      if (id != null) {
        source.add(id);
      }
    }
    Set<String> target = new LinkedHashSet<>();
    for (Ref r : f.target) {
      String id = who.commit(r);
      if (id != null) {
        target.add(id);
      }
    }
    target.removeAll(source);
    // "we" said by a spokesperson is the body spoken for: never the target of its own speaker
    if (target.removeIf(t -> source.stream().anyMatch(x -> who.speaksFor(x, t) || who.speaksFor(t, x)))
        && target.isEmpty()) {
      return null;
    }
    if (source.isEmpty() && !(f.agentless && !target.isEmpty())) {
      return null;
    }
    Set<Integer> tokens = new LinkedHashSet<>(f.tokens);
    f.source.forEach(r -> tokens.add(r.token()));
    f.target.forEach(r -> tokens.add(r.token()));
    tokens.removeIf(k -> k < 0 || k >= s.tokens().size());
    int begin = tokens.stream().mapToInt(k -> s.tokens().get(k).begin()).min().orElse(s.begin());
    int end = tokens.stream().mapToInt(k -> s.tokens().get(k).end()).max().orElse(s.end());
    LocalDate anchor = Anchors.at(doc.document(), s.tokens().get(f.trigger).begin());
    TimeValue time = governingTime(s, f, times);
    String mode = f.mode.value();
    boolean past = f.host == f.trigger && (s.tokens().get(f.host).pos().equals("VBD")
        || Trees.children(s, f.host, "aux").stream().anyMatch(a -> Trees.lemma(s, a).equals("have")));
    if (mode.equals(Mode.ASSERTED) && !f.derived && !past && time != null && ahead(time, anchor)) {
      mode = Mode.FUTURE;
    }
    return new Event(f.type, f.cameo, List.copyOf(source), List.copyOf(target), mode, date(time, anchor), begin, end,
        doc.text().substring(begin, end));
  }

  /** The time expression on the predicate or its light verb: "met on Monday", "talks on Tuesday", "agreed today". */
  private static @Nullable TimeValue governingTime(Sentence s, Found f, List<TimeValue> times) {
    Set<Integer> hosts = new LinkedHashSet<>(List.of(f.trigger, f.host));
    if (s.relation(f.host).equals("conj") && s.head(f.host) >= 0) {
      hosts.add(s.head(f.host)); // "In 2007, X labeled ... and levied sanctions": the time they share
    }
    for (int p : hosts) {
      for (Dependency d : s.children(p)) {
        if (!TIME_RELATIONS.contains(d.relation())) {
          continue;
        }
        Token t = s.tokens().get(d.dependent());
        for (TimeValue tv : times) {
          if (tv.begin() <= t.begin() && t.end() <= tv.end()) {
            return tv;
          }
        }
      }
    }
    return null;
  }

  /** The date an event is on: its governing time's date, the anchor for "now", none if unresolvable. */
  private static @Nullable String date(@Nullable TimeValue time, @Nullable LocalDate anchor) {
    if (time == null || time.value().equals("PRESENT_REF")) {
      return anchor == null ? null : anchor.toString();
    }
    var m = DATE.matcher(time.value());
    if (m.find() && !time.type().equals("DURATION")) {
      return m.group();
    }
    return time.type().equals("DURATION") ? (anchor == null ? null : anchor.toString()) : null;
  }

  /** Whether a time lies after the anchor: a later date, or words such as "next", "within", "coming". */
  private static boolean ahead(TimeValue time, @Nullable LocalDate anchor) {
    if (AHEAD.matcher(time.text().toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    if (anchor == null || !time.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return false;
    }
    try {
      return LocalDate.parse(time.value().substring(0, 10)).isAfter(anchor);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
