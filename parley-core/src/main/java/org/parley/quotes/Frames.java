package org.parley.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.actors.ActorIndex;
import org.parley.actors.ActorNames;
import org.parley.actors.Antecedents;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.time.TimeExtractor;
import org.parley.text.QuoteMarks;
import org.parley.util.Nullable;

/**
 * Finds the speech frames of a sentence from its dependency structure: a cue verb or noun with its subject
 * ("X said"), passive agent ("hailed by X"), the subject it shares with the verb it hangs on ("..., saying"),
 * the owner of a speech noun ("X's comments") or "according to X"; and resolves the speaker to an actor.
 */
final class Frames {
  private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "parataxis", "csubj");

  /** Plural nouns for the people of a state; unqualified ("officials said") they speak for the story's country. */
  private static final Set<String> STATE_WORDS = Set.of("officials", "authorities");

  /** Prepositions of whom words were said to, where, when and about what: "to", "with", "at", "on", "about". */
  private static final Set<String> VENUE_PREPOSITIONS = Set.of("to", "with", "at", "before", "in", "for", "via",
      "through", "on", "about", "against", "into", "over", "during", "after");

  /** Nouns for a written piece that a bare "the report" may take up again: "The report claimed ...". */
  private static final Set<String> DOCUMENTS = Set.of("report", "article", "study", "survey", "analysis", "audit",
      "investigation", "story", "paper", "review", "assessment", "editorial");

  /** How many sentences back a bare "the report" looks for the document it takes up again. */
  private static final int DOCUMENT_REACH = 5;

  /** Verbs that bring a document out under its author's name: "X published an article". */
  private static final Set<String> PUBLISHING = Set.of("publish", "release", "issue", "produce", "print", "run",
      "write", "file", "conduct", "commission", "carry");

  /** Prepositions of a noun phrase that name whom words were addressed to or are about: "a letter to X about Y". */
  private static final Set<String> ADDRESSEE_CASES = Set.of("to", "about", "against", "with", "toward", "towards");

  /** Prepositions that list the named members of a plural noun: "firms including X and Y", "groups such as X". */
  private static final Set<String> MEMBER_LISTS = Set.of("including", "like", "such");

  /** Words for a body that name no kind of their own: bare, they mean the organisation just named. */
  private static final Set<String> GENERIC_BODIES = Set.of("office", "agency");

  /** A website's name, which speaks as its publisher: "Znak.com", "News.com.au". */
  private static final Pattern WEBSITE = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*(?:\\.[a-z]{2,4})+");

  /** How far back (characters) a bare "the office" looks for the organisation it stands for. */
  private static final int NEARBY = 400;

  /** What stands between a person and the body they belong to: " of the ", " from worldwide victims' group ". */
  private static final Pattern MEMBER_OF = Pattern.compile(
      "\\s+(?:of|from)\\s+(?:[a-z][\\p{L}'-]*\\s+){0,4}");

  private final Cues cues;
  private final Gazetteer lex;
  private final ActorIndex actors;
  private final String text;
  /** Each sentence's time words ({@link TimeExtractor#timeTokens}), by sentence index, worked out once. */
  private final Map<Integer, boolean[]> timeTokens = new HashMap<>();

  private final Antecedents antecedents;
  private final List<Sentence> sentences;

  Frames(Cues cues, Gazetteer lex, ActorIndex actors, String text, List<Sentence> sentences) {
    this.text = text;
    this.sentences = List.copyOf(sentences);
    this.antecedents = new Antecedents(actors, lex, text, sentences);
    this.cues = cues;
    this.lex = lex;
    this.actors = actors;
  }

  /**
   * Frames of the sentence whose cue lies outside the quoted spans; {@code before} (the last speaker before the
   * sentence) helps pronouns. A speaker found in the sentence takes over for the pronouns after it ('"...," said X, the
   * minister; he called it ...': he is X, whoever spoke in the sentence before).
   */
  List<Frame> find(Sentence s, List<Span> quoted, @Nullable String before) {
    List<Frame> out = new ArrayList<>();
    List<Token> t = s.tokens();
    String lastSpeaker = before;
    for (Token tok : t) {
      if (!out.isEmpty() && out.get(out.size() - 1).speaker() != null && !out.get(out.size() - 1).described()) {
        lastSpeaker = out.get(out.size() - 1).speaker();
      }
      if (insideAny(quoted, tok.begin())) {
        continue;
      }
      if (tok.word().equalsIgnoreCase("according") && s.relation(tok.index()).equals("case")) {
        int who = s.head(tok.index());
        int phrase = who;
        if (who >= 0 && cues.classOf(s, t.get(who)) != null) {
          // "according to a statement by X", "according to X's spokesman"; not the subject of the clause it hangs on
          // ("according to some reports, the loss happened because ...": the reports, not the loss)
          int by = namedOwner(s, who);
          who = by >= 0 ? by : who;
        } else if (who >= 0 && isRecord(s, who)) {
          // "according to the utility's schedule", "according to FAA records": whoever keeps the record; not "his" of
          // "according to his publicist", someone the lexicons do not know
          int keeper = keeper(s, who);
          who = keeper >= 0 && !t.get(keeper).isPos("PRP") ? keeper : who;
        }
        if (who >= 0) {
          int clause = s.head(phrase);
          String speaker = resolve(s, who, lastSpeaker);
          boolean described = false;
          // a description within the phrase: "according to reports", "according to his publicist"; not the subject of
          // the clause that a bare "according to a statement" took as the statement's owner
          if (speaker == null && subtree(s, phrase, Set.of()).contains(who) && !insideAny(quoted, t.get(who).begin())) {
            speaker = described(s, who);
            described = speaker != null;
          }
          if (speaker == null && !insideAny(quoted, t.get(who).begin())) {
            ActorIndex.Entry paper = placeNamedSource(s, who);
            speaker = paper == null ? null : paper.id(); // "according to the Lisbon Courier"
          }
          int[] aside = interrupting(s, tok.index(), phrase);
          // an opening "According to X, ..." the parser hung on a noun ("the treatment" of "According to the CDC,
          // treatment for ... requires ..."): the whole clause after it, as when it hung it on nothing
          boolean onNoun = clause >= 0 && tok.index() == 0 && !t.get(clause).isPos("VB");
          int[] opening = clause < 0 || onNoun ? afterOpeningSource(s, phrase) : null;
          int[] range = aside != null ? aside : opening != null || clause < 0 ? opening
              : range(s, besideSource(s, clause, tok.index(), phrase));
          int[] closing = aside == null ? beforeClosingSource(s, tok.index(), phrase) : null;
          if (closing != null && (range == null || range[0] > closing[0])) {
            range = closing; // a parse that hung the closing tag on a comma or a noun inside the clause
          }
          out.add(frame(s, tok.index(), "speech", speaker, who, range, described));
        }
        continue;
      }
      String cls = cues.classOf(s, tok);
      if (cls == null) {
        continue;
      }
      int cue = tok.index();
      if (requested(s, cue)) {
        continue; // "asked the minister to explain", "declined to comment": words wanted, not said
      }
      if (imperative(s, cue)) {
        continue; // an interviewer's "Tell us about ...", "Thank you for ...": words addressed, not reported
      }
      if (impersonal(s, cue)) {
        continue; // "it is too early to say whether ...", "hard to tell what ...": nobody says it
      }
      if ((cls.equals("finding") || cls.equals("belief")) && !reportsClause(s, cue)) {
        continue; // "found the bodies", "decided not to attend" are no findings; "found that ..." is
      }
      boolean passive = tok.isPos("VB") && passive(s, cue);
      int speakerToken = tok.isPos("NN") ? owner(s, cue) : subject(s, cue, 0);
      int medial = tok.isPos("VB") && speakerToken >= 0 ? medialAppositive(s, cue, speakerToken) : -1;
      if (medial >= 0) {
        speakerToken = medial; // "The new terminal, the harbour master said, will open ..."
      }
      if (cls.equals("finding") && speakerToken >= 0 && IMAGES.contains(t.get(speakerToken).lemma().toLowerCase(
          Locale.ROOT))) {
        continue; // "photos show the bridge collapsed": what a picture shows is seen, not said
      }
      String speaker = null;
      if (speakerToken >= 0 && !insideAny(quoted, t.get(speakerToken).begin())) {
        String newcomer = newcomer(s, speakerToken, quoted, lastSpeaker);
        speaker = resolve(s, speakerToken, newcomer != null ? newcomer : lastSpeaker);
      }
      if (speaker == null && speakerToken >= 0 && tok.isPos("VB") && !passive
          && !insideAny(quoted, t.get(speakerToken).begin()) && isRecord(s, speakerToken)
          && (cues.classOf(s, t.get(speakerToken)) != null || WEBSITES.contains(t.get(speakerToken).lemma()))) {
        int by = owner(s, speakerToken); // "the Union's statement read", "the WHO's website said": a named owner
        String owned = by < 0 || !t.get(by).pos().startsWith("NNP") ? null : resolve(s, by, lastSpeaker);
        if (owned != null) {
          speakerToken = by;
          speaker = owned;
        }
      }
      if (speaker == null && tok.isPos("NN")) {
        int body = compoundOwner(s, cue);
        speakerToken = body;
        speaker = body < 0 ? null : resolve(s, body, lastSpeaker); // "a White House statement", "the Times report"
      }
      if (speaker == null && tok.isPos("VB") && !passive) {
        int[] around = surfaceSpeaker(s, cue, quoted, lastSpeaker);
        if (around != null) {
          speakerToken = around[0];
          speaker = resolve(s, speakerToken, lastSpeaker);
        }
      }
      boolean described = false;
      if (speaker == null && speakerToken >= 0 && tok.isPos("VB") && !passive && DESCRIBED.contains(cls)
          && !insideAny(quoted, t.get(speakerToken).begin()) && !reported(s, cue)) {
        speaker = described(s, speakerToken); // "the ferry captain told reporters", "the study found"
        described = speaker != null;
      }
      if (speaker == null) {
        speakerToken = -1;
      }
      int[] aside = speakerToken >= 0 && !cls.equals("tag") && tok.isPos("VB") && !passive
          ? interrupting(s, Math.min(cue, first(s, speakerToken)), cue) : null;
      int[] content = cls.equals("tag") ? null : aside != null ? aside
          : passive ? passiveContent(s, cue, speakerToken, cls) : content(s, cue, speakerToken, cls);
      if (cls.equals("evaluate") && tok.isPos("VB") && !passive) {
        content = withVerdict(s, cue, speakerToken, content);
      }
      if (content != null && tok.isPos("VB") && cues.needsClause(tok) && (purpose(s, cue) || !reportsWords(s, cue))) {
        content = null; // "observed a minute's silence", "pledged funds", "directed the film": nothing was said
      }
      out.add(frame(s, cue, cls, speaker, speakerToken, content, described));
      if (content != null && tok.isPos("VB") && !cls.equals("evaluate")) {
        for (int more : thatConjuncts(s, cue)) {
          // "stated that A, and that B": the parser hangs the second clause on the cue; the speaker says both
          out.add(frame(s, cue, cls, speaker, speakerToken, range(s, subtree(s, more, conjunctions(s, more))),
              described));
        }
      }
    }
    return out;
  }

  /**
   * The clauses joined to a cue verb that open with "that" and are no cue of their own ("stated that A, and that B"):
   * more of what it reports, where the parser made the second clause a conjunct of the verb, not of the first clause.
   */
  private List<Integer> thatConjuncts(Sentence s, int cue) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(cue)) {
      int k = d.dependent();
      if (d.relation().equals("conj") && k > cue && hasMark(s, k, "that") && hasSubject(s, k)
          && cues.classOf(s, s.tokens().get(k)) == null) {
        out.add(k);
      }
    }
    return out;
  }

  /** The coordinating conjunctions that open a conjunct ("and", "but"): not part of what it says. */
  private static Set<Integer> conjunctions(Sentence s, int conj) {
    Set<Integer> out = new HashSet<>();
    for (Dependency d : s.children(conj)) {
      if (d.relation().equals("cc")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * Cue classes whose subject speaks even when only a description names it: what was said, found or believed; not
   * "the decision threatens ...", "the move drew praise" or "protests continued".
   */
  private static final Set<String> DESCRIBED = Set.of("speech", "finding", "belief");

  /** Pictures, whose findings ("the footage shows ...") are things seen, not words of anyone's. */
  private static final Set<String> IMAGES = Set.of("photo", "photograph", "image", "picture", "video", "footage",
      "imagery", "film", "clip", "camera", "cctv", "scan", "x-ray");

  /** How many tokens past the cue a tag set off inside a clause may run: ", officials said on Friday,". */
  private static final int ASIDE_TAIL = 6;

  /**
   * A tag set off by commas inside the clause it reports ("Forty barrels of fuel, officials said, leaked into the
   * bay", "The data were, the survey says, gathered ...", "One worker was, according to the union, among the
   * injured"): the whole sentence is what was said, on both sides of the tag, or the whole clause after a semicolon.
   * The tag runs from {@code tagFirst} (its speaker, or "according") to {@code tagLast} (the cue, or the source) and
   * past when and where it was said; null when no comma closes it with words of the clause after it, or no words of
   * the clause stand before it.
   */
  private int @Nullable [] interrupting(Sentence s, int tagFirst, int tagLast) {
    List<Token> t = s.tokens();
    int open = tagFirst - 1;
    if (open < 2 || !t.get(open).word().equals(",")) {
      return null;
    }
    int close = tagLast + 1;
    while (close < t.size() && close <= tagLast + ASIDE_TAIL && !t.get(close).word().equals(",")) {
      if (t.get(close).isPos("VB") || t.get(close).isPos("MD") || t.get(close).isPos("''")
          || t.get(close).word().equalsIgnoreCase("that")) {
        return null; // "X said, Y added that ...": a clause of the tag's own after it
      }
      close++;
    }
    int last = t.size() - 1;
    while (last > 0 && (t.get(last).isPos(".") || t.get(last).isPos("''") || t.get(last).word().equals(","))) {
      last--;
    }
    if (close >= t.size() || !t.get(close).word().equals(",") || close + 1 > last) {
      return null;
    }
    if (t.get(close + 1).isPos("``")) {
      return null; // 'In a statement, X said, "..."': the comma opens a quotation, not the rest of one clause
    }
    int start = 0;
    for (int k = 0; k < open; k++) {
      if (t.get(k).word().equals(";")) {
        start = k + 1; // "X said A; the damage, they reported, was B": the tag reports only the clause it stands in
      }
    }
    for (int k = start; k < open; k++) {
      if (t.get(k).isPos("''") || t.get(k).isPos("``") || t.get(k).word().equals(",")) {
        return null; // '"...," X said, ...' or 'In Paris, X said, ...': not one clause around the tag
      }
    }
    boolean verbBefore = false;
    boolean verbAfter = false;
    for (int k = start; k <= last; k++) {
      boolean verb = t.get(k).isPos("VB") || t.get(k).isPos("MD");
      verbBefore |= verb && k < open;
      verbAfter |= verb && k > close;
    }
    boolean subjectBefore = false;
    for (int k = start; k < open; k++) {
      subjectBefore |= isNominal(t.get(k)) || t.get(k).isPos("CD");
    }
    return subjectBefore && (verbBefore || verbAfter) ? new int[] {start, last} : null;
  }

  /**
   * The cue stands in what another cue of its sentence reports ("the leaders said Argentina's decision signalled
   * ..."): its subject is part of the report, not a source the text cites.
   */
  private boolean reported(Sentence s, int cue) {
    Set<Integer> seen = new HashSet<>();
    for (int j = cue; j >= 0 && s.head(j) >= 0 && seen.add(j); j = s.head(j)) {
      int up = s.head(j);
      if (CONTENT_RELATIONS.contains(s.relation(j)) && cues.classOf(s, s.tokens().get(up)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker a subject of a speech cue names by description only, when nothing else resolves it: a common noun
   * the lexicons do not list, for a person ("the ferry captain", "a fire officer"), people ("the archaeologists") or a
   * document or outlet that speaks ("the study found", "preliminary reports suggest", "the company's website notes").
   * Known by its words, as the gold and a reader know it; null for pronouns, names, times and numbers.
   */
  private @Nullable String described(Sentence s, int token) {
    Token w = s.tokens().get(token);
    // capitalised only as the sentence's first word, and plural ("Reports said ...", "Neighbours told ..."): not a
    // name, nor "Nobody" or "Content" tagged as a common noun
    boolean lower = Character.isLowerCase(w.word().charAt(0)) || token == 0 && w.ner().equals("O")
        && w.pos().equals("NNS");
    if (!(w.pos().equals("NN") || w.pos().equals("NNS")) || !lower
        || timeTokens(s)[token] || !w.ner().equals("O") && !w.ner().equals("TITLE")) {
      return null;
    }
    Span np = phrase(s, token);
    String words = withoutDeterminer(npText(s, np));
    Mention m = new Mention(np.begin(), np.end(), npText(s, np));
    if (w.pos().equals("NNS")) {
      return actors.group(words, m).id();
    }
    boolean person = lex.isTitleWord(w.word()) || lex.personWord(w.word()) != null;
    return actors.named(words, person ? ActorKind.PERSON : ActorKind.ORGANIZATION, m).id();
  }

  /** Verbs whose infinitive complement is speech not (yet) made: "declined to comment", "plans to announce". */
  private static final Set<String> UNREALISED = Set.of("refuse", "decline", "fail", "plan", "intend", "want",
      "expect", "hope", "prepare", "ask", "urge", "invite", "call");

  /**
   * The cue is the infinitive of speech someone wanted, planned or was asked for ("asked Biden to explain", "refused
   * to answer", "is expected to announce"), not speech that was made.
   */
  private static boolean requested(Sentence s, int cue) {
    int head = s.head(cue);
    return head >= 0 && s.relation(cue).equals("xcomp") && s.tokens().get(head).isPos("VB")
        && UNREALISED.contains(s.tokens().get(head).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * A finding or belief is reported only with a finite clause after it ("the court found that ...", "believes the vote
   * was rigged"), or as the tag of one ('..., the panel concluded'); not "decided to leave" or "decide how to vote".
   */
  private static boolean reportsClause(Sentence s, int cue) {
    if (s.relation(cue).equals("parataxis") || csubjBefore(s, cue)) {
      return true;
    }
    for (Dependency d : s.children(cue)) {
      String r = d.relation();
      int c = d.dependent();
      boolean infinitive = hasMark(s, c, "to") || s.tokens().get(c).pos().equals("VB");
      if ((r.equals("ccomp") || r.equals("csubj") || r.equals("dep") && s.tokens().get(c).isPos("VB"))
          && (!infinitive || hasSubject(s, c))) {
        return true; // "found that ...", "found the strike justified"
      }
    }
    boolean object = s.children(cue).stream().anyMatch(d -> d.relation().equals("obj"));
    return object && s.children(cue).stream().anyMatch(d -> d.relation().equals("xcomp")); // "found it unlawful"
  }

  /**
   * A verb with senses that report nothing reports words here: a clause after it ("observed that ..."), an infinitive
   * or gerund ("pledged to cut taxes", "pledged cutting taxes", "directed the agency to act"), a quotation ('wrote
   * "..."') or a speech noun as its object ("posted a statement"), or it tags what stands before it ('..., he
   * observed').
   */
  private boolean reportsWords(Sentence s, int cue) {
    if (reportsClause(s, cue)) {
      return true;
    }
    if (cue + 1 < s.tokens().size() && s.tokens().get(cue + 1).pos().equals("VBG")) {
      return true; // "pledged converting the museum", whatever the parser hangs the gerund on
    }
    for (Dependency d : s.children(cue)) {
      int c = d.dependent();
      if (d.relation().equals("xcomp") && (hasMark(s, c, "to") || s.tokens().get(c).isPos("VB"))) {
        return true;
      }
      if (d.relation().equals("obj") && (cues.isSpeechNoun(s, s.tokens().get(c)) || quoted(s, c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb is an infinitive of purpose or a modifier with no subject of its own ("used the data to predict the
   * tides", "work to predict wave heights"): what someone meant to do, not words reported.
   */
  private static boolean purpose(Sentence s, int verb) {
    String r = s.relation(verb);
    return (r.equals("advcl") || r.startsWith("acl")) && hasMark(s, verb, "to") && !hasSubject(s, verb);
  }

  /** The phrase a token heads holds a quotation mark. */
  private static boolean quoted(Sentence s, int head) {
    return subtree(s, head, Set.of()).stream().anyMatch(k -> s.tokens().get(k).isPos("``")
        || s.tokens().get(k).isPos("''"));
  }

  /**
   * "..., the ministry has announced.": a subject set off by a comma with only the perfect's "has" before the verb is
   * the speaker, though the parser, misled by a passive before the comma, took it for a passive subject.
   */
  private static boolean perfectTag(Sentence s, int verb, int subject) {
    int first = first(s, subject);
    if (subject > verb || first == 0 || !s.tokens().get(first - 1).word().equals(",")
        || !s.tokens().get(verb).isPos("VBN")) {
      return false;
    }
    for (int k = subject + 1; k < verb; k++) {
      if (!(s.head(k) == verb && s.relation(k).equals("aux") && s.tokens().get(k).lemma().equals("have"))) {
        return false;
      }
    }
    return subject + 1 < verb;
  }

  /** The verb's subject is the token at {@code k}. */
  private static boolean subjectAt(Sentence s, int verb, int k) {
    return k < s.tokens().size() && s.head(k) == verb && s.relation(k).startsWith("nsubj");
  }

  private static boolean hasSubject(Sentence s, int verb) {
    return s.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
  }

  /** The cue verb is passive: "was praised", "were said to be", "a memo written by X". */
  private static boolean passive(Sentence s, int verb) {
    if (s.children(verb).stream()
        .anyMatch(d -> d.relation().equals("nsubj:pass") && perfectTag(s, verb, d.dependent()))) {
      return false; // "..., the ministry has announced": active, whatever the parser says
    }
    return Trees.passive(s, verb) || s.tokens().get(verb).pos().equals("VBN") && s.relation(verb).equals("acl");
  }

  /**
   * What a passive cue reports: its clause ("it was announced that ..."); for an appeal or stance by a named agent,
   * what follows as for the active ("was urged by X to resign"); for an evaluation, who or what was judged with the
   * verb ("Turkey was condemned"); nothing else ("the book was written by X" says nothing).
   */
  private int @Nullable [] passiveContent(Sentence s, int cue, int speaker, String cls) {
    Set<Integer> skip = speaker >= 0 ? Set.of(cue, speaker) : Set.of(cue);
    for (Dependency d : s.children(cue)) {
      if (CONTENT_RELATIONS.contains(d.relation())) {
        return range(s, subtree(s, d.dependent(), skip));
      }
    }
    if (speaker >= 0 && !cls.equals("speech") && !cls.equals("evaluate") && asksFor(s, cue)) {
      return content(s, cue, speaker, cls); // "was urged by X to resign", "petitioned by X for a ruling"
    }
    if (cls.equals("evaluate") && speaker >= 0) {
      int patient = passiveSubject(s, cue);
      if (patient >= 0 && patient < cue) {
        return new int[] {first(s, patient), cue};
      }
    }
    return null;
  }

  /**
   * The passive cue says what was asked or held beside its agent: an infinitive or clause ("was urged by X to
   * resign") or a for-phrase, wherever the parser hangs it ("petitioned by X and others for a ruling"); "was
   * rejected by the court" says only who rejected.
   */
  private static boolean asksFor(Sentence s, int cue) {
    if (s.children(cue).stream().anyMatch(d -> d.relation().equals("xcomp") || d.relation().equals("ccomp"))) {
      return true;
    }
    for (int k = cue + 1; k < s.tokens().size(); k++) {
      boolean forPhrase = s.tokens().get(k).word().equalsIgnoreCase("for") && s.relation(k).equals("case");
      if (forPhrase && Trees.dominates(s, cue, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A body named in a compound before a speech noun that has no other owner: "a White House statement", "the New York
   * Times report"; -1 when no compound names one.
   */
  private int compoundOwner(Sentence s, int noun) {
    int found = -1;
    for (Dependency d : s.children(noun)) {
      Token c = s.tokens().get(d.dependent());
      if (d.relation().equals("compound") && d.dependent() < noun && (actors.at(c.begin()) != null
          || lex.personWord(c.word()) != null && !"HONORIFIC".equals(lex.personWord(c.word())))) {
        found = d.dependent();
      }
    }
    return found;
  }

  /**
   * A thing, not a speaker, as the source of "according to": a common noun that names no actor, person or group
   * ("schedule", "figures", "records"), unlike "according to police" or "according to Johnson's critics".
   */
  private boolean isRecord(Sentence s, int noun) {
    Token w = s.tokens().get(noun);
    String word = w.word().toLowerCase(Locale.ROOT);
    return w.isPos("NN") && !w.isPos("NNP") && actors.at(w.begin()) == null && lex.personWord(word) == null
        && lex.personWord(singular(word)) == null && !lex.isTitleWord(word) && !lex.isTitleWord(singular(word));
  }

  /** Who keeps a record: its possessor ("the ministry's figures") or a body named before it ("FAA records"). */
  private int keeper(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("nmod:poss")) {
        return d.dependent();
      }
    }
    return compoundOwner(s, noun);
  }

  /**
   * What an opening "According to X, ..." reports when the parser made the source the root of the sentence: the clause
   * from the comma before its first finite verb to the sentence's end; null when no comma stands before that verb.
   */
  private static int @Nullable [] afterOpeningSource(Sentence s, int source) {
    List<Token> t = s.tokens();
    int verb = source + 1;
    while (verb < t.size() && !(t.get(verb).isPos("VBD") || t.get(verb).isPos("VBZ") || t.get(verb).isPos("VBP")
        || t.get(verb).isPos("MD"))) {
      verb++;
    }
    int comma = verb - 1;
    while (comma > source && !t.get(comma).word().equals(",")) {
      comma--;
    }
    int last = t.size() - 1;
    while (last > comma && (t.get(last).isPos(".") || t.get(last).word().equals(","))) {
      last--;
    }
    boolean opens = t.get(0).word().equalsIgnoreCase("according");
    return opens && verb < t.size() && comma > source && comma + 2 < last ? new int[] {comma + 1, last} : null;
  }

  /**
   * What "according to X" reports: the clause it hangs on, less the according-phrase and what lies beyond it on the
   * far side from the clause's head ("..., according to police on Friday", "According to X, ...").
   */
  private static Set<Integer> besideSource(Sentence s, int clause, int according, int source) {
    Set<Integer> out = subtree(s, clause, Set.of(according, source));
    Set<Integer> phrase = subtree(s, source, Set.of());
    phrase.add(according);
    int first = phrase.stream().min(Integer::compare).orElse(according);
    int last = phrase.stream().max(Integer::compare).orElse(according);
    if (first > clause) {
      out.removeIf(k -> k >= first);
    } else if (last < clause) {
      out.removeIf(k -> k <= last || s.relation(k).equals("cc") && s.head(k) == clause);
    }
    return out;
  }

  /**
   * What an evaluation reports is the verdict, verb and all: "praised the rescue crews", "justified the strike as
   * defensive", "thanked supporters" say nothing without their verb, unlike what follows "said". The cue joins the
   * content its objects make, even an object too short to be content alone; a clause after the verb is left as it is.
   */
  private static int @Nullable [] withVerdict(Sentence s, int cue, int speaker, int @Nullable [] content) {
    if (content != null) {
      return content[0] == cue + 1 ? new int[] {cue, content[1]} : content;
    }
    int last = -1;
    for (Dependency d : s.children(cue)) {
      if (d.dependent() > cue && d.relation().equals("obj") && d.dependent() != speaker) {
        last = Math.max(last, subtree(s, d.dependent(), Set.of(cue)).stream().max(Integer::compare).orElse(-1));
      }
    }
    return last > cue ? new int[] {cue, last} : null;
  }

  private static Frame frame(Sentence s, int cue, String cls, @Nullable String speaker, int speakerToken,
      int @Nullable [] range) {
    return frame(s, cue, cls, speaker, speakerToken, range, false);
  }

  private static Frame frame(Sentence s, int cue, String cls, @Nullable String speaker, int speakerToken,
      int @Nullable [] range, boolean described) {
    return new Frame(s, cue, cls, speaker, speakerToken, range == null ? -1 : range[0], range == null ? -1 : range[1],
        described);
  }

  private static boolean insideAny(List<Span> spans, int offset) {
    for (Span sp : spans) {
      if (sp.begin() <= offset && offset < sp.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker by position when the parse gives none: '..., saying' takes the sentence's subject; ', X said'
   * the name just before the cue; 'said X' the name just after it.
   */
  private int @Nullable [] surfaceSpeaker(Sentence s, int cue, List<Span> quoted, @Nullable String lastSpeaker) {
    List<Token> t = s.tokens();
    int after = gerundAfterPreposition(s, cue);
    if (after >= 0) {
      return new int[] {after};
    }
    if (t.get(cue).pos().equals("VBG") && cue > 0 && t.get(cue - 1).word().equals(",")) {
      int root = rootVerb(s);
      if (root >= 0 && root < cue) {
        int subj = subject(s, root, 0);
        if (subj >= 0 && subj < cue) {
          return new int[] {subj};
        }
      }
    }
    for (int k = cue - 1; k >= 0 && k >= cue - 6; k--) {
      Token w = t.get(k);
      if (w.word().equals(",") || insideAny(quoted, w.begin())
          || (w.isPos("VB") && reportedTokens(s, k).contains(cue))) {
        break; // "the leaders said Argentina's decision threatened ...": the cue lies inside what they said
      }
      int group = listingNoun(s, k);
      if (group >= 0) {
        return new int[] {group}; // "..., firms including X and Y have announced": the group the list belongs to
      }
      if (isNominal(w) && resolvesQuietly(w) && !inPhrase(s, k)) {
        return new int[] {k};
      }
    }
    int named = beforeAside(s, cue, quoted);
    if (named >= 0) {
      return new int[] {named};
    }
    if (cues.takesListener(t.get(cue))) {
      return null; // "told Wikinews", "asked reporters": who follows such a verb is spoken to
    }
    Set<Integer> reported = reportedTokens(s, cue);
    // a closing mark the tagger took for an opening one ('..., " joked X') tags as well
    boolean tag = cue > 0 && (t.get(cue - 1).word().equals(",") || t.get(cue - 1).isPos("''")
        || t.get(cue - 1).isPos("``") && cue > 1 && t.get(cue - 2).word().equals(","));
    int closesAt = tag ? nameClosesTag(s, cue) : -1;
    int titled = tag ? personAfterOffice(s, cue) : -1;
    if (titled >= 0) {
      return new int[] {titled};
    }
    for (int k = cue + 1; k < t.size() && k <= cue + 6; k++) {
      Token w = t.get(k);
      boolean closing = tag && k <= closesAt;
      if (w.word().equals(",") || w.word().equals(".") || insideAny(quoted, w.begin()) || reported.contains(k) && !closing
          || (s.relation(k).startsWith("nsubj") && s.head(k) != cue && !closing) || (!tag && complementOf(s, cue, k))
          || (!tag && (w.isPos("TO") || w.isPos("VB")))) {
        // "as saying the army would stay": the subject of another clause is what was said; "reported X to be dead",
        // "declared independence from X": what the verb acts on, unless the verb tags words before it ("..., said X");
        // "was reported to have killed X": who an infinitive after the cue acts on
        break;
      }
      if (closing && k == closesAt && !resolvesQuietly(w)) {
        // '"...," said Jobs.' where the tagger took the surname for a common noun: the one person of that surname
        ActorIndex.Entry bySurname = actors.personBySurname(w.word(), w.begin());
        if (bySurname != null) {
          actors.addMention(bySurname, mention(w));
        }
      }
      if (isNominal(w) && (resolvesQuietly(w) || tag && namedInApposition(s, k)) && !inPhrase(s, k)) {
        return new int[] {personAfterBody(t, nameEnd(t, k))};
      }
    }
    return null;
  }

  /**
   * '"...," quipped Valiant Comics editor Ana Ruiz': a body's name ending at {@code last}, then lower-case title
   * words, then a person's name: the person speaks, not the body. {@code last} itself when no person follows.
   */
  private int personAfterBody(List<Token> t, int last) {
    ActorIndex.Entry body = actors.at(t.get(last).begin());
    if (body == null || body.kind() == ActorKind.PERSON) {
      return last;
    }
    int k = last + 1;
    while (k < t.size() && k <= last + 3 && t.get(k).isPos("NN") && Character.isLowerCase(t.get(k).word().charAt(0))) {
      k++;
    }
    if (k == last + 1 || k >= t.size() || !t.get(k).pos().startsWith("NNP")) {
      return last;
    }
    int end = nameEnd(t, k);
    ActorIndex.Entry person = actors.at(t.get(end).begin());
    return person != null && person.kind() == ActorKind.PERSON ? end : last;
  }

  /**
   * '"...," said the vice president and chairman of Nordwind Motors Gary Holt.': after a tagging cue, an office, the
   * body that holds it and then a person's name that ends the tag; the last token of that name, or -1 when the words
   * after the cue are no such phrase.
   */
  private int personAfterOffice(Sentence s, int cue) {
    List<Token> t = s.tokens();
    boolean office = false;
    for (int k = cue + 1; k < t.size() && k <= cue + 12; k++) {
      Token w = t.get(k);
      ActorIndex.Entry e = actors.at(w.begin());
      if (e != null && e.kind() == ActorKind.PERSON && w.pos().startsWith("NNP")) {
        int last = nameEnd(t, k);
        boolean ends = last + 1 >= t.size() || t.get(last + 1).word().equals(",") || t.get(last + 1).isPos(".")
            || t.get(last + 1).isPos("''") || t.get(last + 1).isPos("``");
        return office && ends ? last : -1;
      }
      office |= lex.isTitleWord(w.word()) && Character.isLowerCase(w.word().charAt(0));
      boolean title = (w.isPos("NN") || w.isPos("JJ")) && Character.isLowerCase(w.word().charAt(0));
      boolean body = e != null && e.kind() != ActorKind.PERSON;
      if (!(title || body || w.isPos("DT") || w.word().equals("and") || w.word().equals("of"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * '"...," says Marsh, "and ..."', '"...," said Italian minister Carlo Benedetti, "and ..."': a name right after a
   * tagging cue, or after title words and demonyms that follow it, that ends at a comma, a full stop or a quotation
   * mark names the speaker, even where the parser made it the subject of the quote's second half. The last token of
   * that name, or -1 when the words after the cue are no such name.
   */
  private static int nameClosesTag(Sentence s, int cue) {
    List<Token> t = s.tokens();
    int k = cue + 1;
    while (k < t.size() && k <= cue + 4 && (t.get(k).isPos("JJ") || t.get(k).isPos("NN")
        && Character.isLowerCase(t.get(k).word().charAt(0)))) {
      k++; // "Italian minister", "French transport commissioner": what the person is, before their name
    }
    if (k >= t.size() || !t.get(k).isPos("NN") || !Character.isUpperCase(t.get(k).word().charAt(0))) {
      return -1; // a name, even one the tagger took for a plural noun ('said Banks.')
    }
    if (k > cue + 1 && !t.get(k).pos().startsWith("NNP")) {
      return -1; // after a title only a proper noun is a name
    }
    int last = nameEnd(t, k);
    if (last + 1 >= t.size()) {
      return last;
    }
    Token next = t.get(last + 1);
    return next.word().equals(",") || next.word().equals(".") || next.isPos("``") || next.isPos("''") ? last : -1;
  }

  /**
   * '"We were three words from a deal," he said.' after 'Senator X was also unhappy.': the person the sentence
   * before the quotation is about, in the same paragraph, is who "he" or "she" in a tag after it is, rather than
   * whoever spoke last. Null unless the pronoun tags a quotation that opens its sentence and that person differs
   * from the last speaker.
   */
  private @Nullable String newcomer(Sentence s, int pronoun, List<Span> quoted, @Nullable String lastSpeaker) {
    Token p = s.tokens().get(pronoun);
    String gender = lex.pronounGender(p.word());
    if (!p.isPos("PRP") || gender == null || gender.equals("n") || lastSpeaker == null) {
      return null;
    }
    Span quote = null;
    for (Span q : quoted) {
      if (q.end() <= p.begin() && p.begin() - q.end() <= 4) {
        quote = q;
      }
    }
    if (quote == null) {
      return null;
    }
    // the quotation opens a sentence: only white space back to the full stop of a sentence of narrative
    int k = quote.begin() - 1;
    k = k >= 0 && QuoteMarks.isDoubleMark(text.charAt(k)) ? k - 1 : k;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || ".!?".indexOf(text.charAt(k)) < 0) {
      return null;
    }
    Sentence prior = null;
    for (Sentence o : sentences) {
      prior = o.begin() <= k && k < o.end() ? o : prior;
    }
    if (prior == null) {
      return null;
    }
    ActorIndex.Entry e = antecedents.subjectPerson(prior, gender);
    return e == null || e.id().equals(lastSpeaker) ? null : e.id();
  }

  /** The last token of the run of proper nouns that continues from token {@code k}. */
  private static int nameEnd(List<Token> t, int k) {
    int end = k;
    while (end + 1 < t.size() && t.get(end + 1).pos().startsWith("NNP")) {
      end++;
    }
    return end;
  }

  /** Pages that speak for whoever runs them when their owner is named: "the WHO's website said". */
  private static final Set<String> WEBSITES = Set.of("website", "site", "page", "account", "homepage", "feed");

  /** Prepositions whose object a gerund cue may follow as its subject: "despite X claiming", "with X saying". */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("despite", "with", "without", "amid", "after");

  /**
   * "despite Seawatch.org claiming divers found cracks", "amid reports suggesting ...": the noun phrase between such
   * a preposition and a gerund cue is who speaks, however the parser hung the gerund; -1 when the cue is no gerund
   * right after such a phrase.
   */
  private static int gerundAfterPreposition(Sentence s, int cue) {
    List<Token> t = s.tokens();
    if (!t.get(cue).pos().equals("VBG") || cue < 2 || !isNominal(t.get(cue - 1))) {
      return -1;
    }
    for (int k = cue - 2; k >= 0 && k >= cue - 5; k--) {
      Token w = t.get(k);
      if (GERUND_PREPOSITIONS.contains(w.word().toLowerCase(Locale.ROOT)) && w.isPos("IN")) {
        return cue - 1;
      }
      if (!(isNominal(w) || w.isPos("DT") || w.isPos("JJ") || w.isPos("CD") || w.isPos("POS"))) {
        return -1;
      }
    }
    return -1;
  }

  /** The token lies in an object, oblique or clause of the cue: what it acts on, not who acts. */
  private static boolean complementOf(Sentence s, int cue, int k) {
    Set<Integer> seen = new HashSet<>();
    for (int j = k; j >= 0 && seen.add(j); j = s.head(j)) {
      if (s.head(j) == cue) {
        String r = s.relation(j);
        return r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.equals("xcomp") || r.equals("advcl");
      }
    }
    return false;
  }

  /**
   * "Ana Ruiz, an adviser to the ministry who drafted the plan, cautioned ...": the name just before an aside set off
   * by commas that ends right before the cue; -1 if there is none.
   */
  private int beforeAside(Sentence s, int cue, List<Span> quoted) {
    List<Token> t = s.tokens();
    if (cue < 3 || !t.get(cue - 1).word().equals(",")) {
      return -1;
    }
    for (int k = cue - 2; k >= 1 && k >= cue - 30; k--) {
      Token w = t.get(k);
      if (insideAny(quoted, w.begin()) || w.isPos(":") || w.isPos(".")) {
        return -1;
      }
      if (w.word().equals(",")) {
        Token name = t.get(k - 1);
        return name.isPos("NNP") && actors.at(name.begin()) != null ? k - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * The noun names the listener, the venue or the owner of something else ("in an interview with Wikinews", "told
   * reporters at the Council", "Argentina's decision"): never the speaker of a cue outside its phrase. A by-phrase
   * may name the author ("a statement released by X"), so it is not ruled out here; nor is the body a role speaks
   * for ("the spokesman for the government", "a minister of the coalition").
   */
  private boolean inPhrase(Sentence s, int k) {
    Set<Integer> seen = new HashSet<>();
    for (int j = k; j >= 0 && seen.add(j); j = s.head(j)) {
      String r = s.relation(j);
      if (r.equals("nmod:poss") || prepositional(s, j) && !speaksFor(s, j)) {
        return true;
      }
      if (!(r.equals("compound") || r.equals("flat") || r.equals("amod"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The noun has a preposition of whom words were said to, where, when or about what ("to X", "at the Council", "on
   * the Constitution"); not "by", "from" or "of", which may name the author or the body a speaker belongs to
   * ("officials from the ministry said"), nor a preposition inside a name ("the Commission on Religious Freedom").
   */
  private static boolean prepositional(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      Token c = s.tokens().get(d.dependent());
      if (d.relation().equals("case") && VENUE_PREPOSITIONS.contains(c.word().toLowerCase(Locale.ROOT))
          && c.ner().equals("O")) {
        return true;
      }
    }
    return false;
  }

  /** The noun is the body in "the spokesman for X" / "an envoy of X": a role noun's for- or of-phrase. */
  private boolean speaksFor(Sentence s, int token) {
    int head = s.head(token);
    if (head < 0 || !hasCase(s, token, Set.of("for", "of"))) {
      return false;
    }
    return lex.isRoleNoun(s.tokens().get(head).word());
  }

  private static boolean hasCase(Sentence s, int token, Set<String> words) {
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("case") && words.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of the clauses a cue reports (its clausal complements): no speaker stands among them. */
  private static Set<Integer> reportedTokens(Sentence s, int cue) {
    Set<Integer> out = new HashSet<>();
    for (Dependency d : s.children(cue)) {
      if (CONTENT_RELATIONS.contains(d.relation())) {
        out.addAll(subtree(s, d.dependent(), Set.of(cue)));
      }
    }
    return out;
  }

  private boolean resolvesQuietly(Token w) {
    return actors.at(w.begin()) != null || w.isPos("PRP") || "GROUP".equals(lex.personWord(w.word()));
  }

  /** "..., said his father, Abdullah Kurdi": a description whose apposition names the one it describes. */
  private boolean namedInApposition(Sentence s, int k) {
    return s.tokens().get(k).isPos("NN") && s.children(k).stream()
        .anyMatch(d -> d.relation().equals("appos") && actors.at(s.tokens().get(d.dependent()).begin()) != null);
  }

  private static boolean isNominal(Token t) {
    return t.isPos("NN") || t.isPos("PRP") || t.isPos("NNP");
  }

  private static int rootVerb(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The speaker of a tag set off by commas inside the clause it reports, which the parser took for an apposition of
   * that clause's subject ("The new terminal, the harbour master said, will open ..."): the apposition stands right
   * before the verb with no comma between them, and a comma follows the verb. -1 if the subject is no such case.
   */
  private static int medialAppositive(Sentence s, int cue, int subject) {
    List<Token> t = s.tokens();
    if (subject >= cue || cue + 1 >= t.size() || !t.get(cue + 1).word().equals(",")
        || t.get(subject).ner().equals("PERSON")) {
      return -1; // "Ana Berg, Lady R., the chair of the inquiry concluded, ...": a person's titles, not a tag
    }
    for (Dependency d : s.children(subject)) {
      int a = d.dependent();
      if (d.relation().equals("appos") && a < cue && isNominal(t.get(a))) {
        Set<Integer> phrase = subtree(s, a, Set.of());
        int begin = phrase.stream().min(Integer::compare).orElse(a);
        int end = phrase.stream().max(Integer::compare).orElse(a);
        if (end == cue - 1 && begin > subject && t.get(begin - 1).word().equals(",")) {
          return a;
        }
      }
    }
    return -1;
  }

  /**
   * The cue is the bare verb that heads its sentence with no subject: an imperative ("Tell us about ...", an
   * interviewer's "Thank you for ...").
   */
  private static boolean imperative(Sentence s, int cue) {
    Token t = s.tokens().get(cue);
    if (s.head(cue) >= 0 || !(t.pos().equals("VB") || t.pos().equals("VBP"))) {
      return false;
    }
    // a subject in brackets is the parser's reading of an interview turn's marker ("((WN)) Thank you for ...")
    return s.children(cue).stream().noneMatch(d -> (d.relation().startsWith("nsubj") && !bracketed(s, d.dependent()))
        || d.relation().startsWith("aux") || d.relation().equals("expl") || d.relation().startsWith("csubj"));
  }

  /** The phrase of token {@code k} ("WN", "Mira Olsen") stands alone between round brackets. */
  private static boolean bracketed(Sentence s, int k) {
    List<Token> t = s.tokens();
    Set<Integer> phrase = subtree(s, k, Set.of());
    phrase.removeIf(j -> t.get(j).pos().equals("-LRB-") || t.get(j).pos().equals("-RRB-"));
    int b = phrase.stream().min(Integer::compare).orElse(k);
    int e = phrase.stream().max(Integer::compare).orElse(k);
    return b > 0 && e + 1 < t.size() && t.get(b - 1).pos().equals("-LRB-") && t.get(e + 1).pos().equals("-RRB-");
  }

  /**
   * A speech verb in the infinitive after an adjective whose subject is "it" or none ("it is too early to say
   * whether", "hard to tell what"): nobody says anything. Not "she was quick to say that", where someone does.
   */
  private static boolean impersonal(Sentence s, int cue) {
    int head = s.head(cue);
    if (head < 0 || !s.relation(cue).equals("xcomp") || !s.tokens().get(head).isPos("JJ")
        || !hasMark(s, cue, "to")) {
      return false;
    }
    for (Dependency d : s.children(head)) {
      if (d.relation().startsWith("nsubj")) {
        return s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("it");
      }
    }
    return true;
  }

  /** The token that says who speaks for a cue verb, climbing through "saying", conjuncts and xcomps. */
  private int subject(Sentence s, int verb, int depth) {
    int agent = -1;
    int subject = -1;
    boolean passive = false;
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      boolean nearer = subject < 0 || d.dependent() < verb && !(person(s, subject) && !person(s, d.dependent()));
      if ((r.equals("nsubj") || r.equals("nsubj:xsubj")) && nearer) {
        // of two subjects ("the Department ... spokesperson, Ortagus, said") the nearer one, unless only the first
        // names a person ("Ana Ruiz, the firm's chief and ex Corvo executive commented": she comments, not Corvo)
        subject = d.dependent();
      }
      if (r.equals("nsubj:pass") && perfectTag(s, verb, d.dependent())) {
        subject = d.dependent();
      } else if (r.equals("nsubj:pass") || r.equals("aux:pass")) {
        passive = true;
      }
      if ((r.equals("obl") || r.startsWith("obl:") || r.equals("nmod:agent")) && hasCase(s, d.dependent(), "by")) {
        agent = d.dependent();
      }
    }
    if (subject >= 0) {
      return subject;
    }
    boolean participle = passive || s.tokens().get(verb).pos().equals("VBN");
    if (agent < 0 && participle) {
      agent = agentOfComplement(s, verb); // "was described as "reckless" by the police"
    }
    if (agent >= 0 && participle) {
      return agent;
    }
    if (passive && depth == 0) {
      // "Turkey was condemned in a statement by Egypt": the statement's author; "X was praised" names no speaker, and
      // the subject it shares with a verb before it is the one judged, not the judge
      return statementAuthor(s, verb);
    }
    if (depth >= 3) {
      return -1;
    }
    String rel = s.relation(verb);
    int head = s.head(verb);
    boolean gerund = s.tokens().get(verb).pos().equals("VBG");
    int quoted = gerund ? quotedAs(s, verb) : -1;
    if (quoted >= 0) {
      return quoted;
    }
    if (gerund && rel.equals("acl") && head >= 0 && s.relation(head).startsWith("nsubj")) {
      return head; // "Trump, responding to the speech, attacked ...": the subject the gerund describes
    }
    if (rel.equals("acl:relcl") && head >= 0 && (s.tokens().get(head).isPos("NN") || s.tokens().get(head).isPos("PRP"))
        && !passive) {
      return head; // "X, who was the envoy until December, criticized ...": a relative clause the parser left subjectless
    }
    if (gerund && rel.equals("acl") && head >= 0 && s.tokens().get(head).isPos("NN")) {
      // "with officials saying ...", "an example of the media describing him as ...": the people or body the gerund
      // describes after "with" or "of"; "the ministers issued a statement saying ...", "sent an email saying": whoever owns the words, as
      // for a participle set off by a comma ("addressed reporters, calling for ...")
      Token noun = s.tokens().get(head);
      boolean speaks = (actors.at(noun.begin()) != null || "GROUP".equals(lex.personWord(noun.word())))
          && (hasCase(s, head, "with") || hasCase(s, head, "of")); // not "attacked Democrats saying ...": the object
      boolean setOff = s.tokens().get(verb - 1).word().equals(",");
      return speaks && !setOff && cues.classOf(s, noun) == null ? head : owner(s, head);
    }
    int first = rel.equals("conj") ? reportingCue(s, verb) : -1;
    if (first >= 0) {
      return subject(s, first, depth + 1); // "X said the owner should pay, and added that ...": X adds, not the owner
    }
    boolean purpose = rel.equals("advcl") && hasMark(s, verb, "to"); // "used Instagram to thank supporters"
    if (head >= 0 && (rel.equals("conj") || rel.equals("xcomp") || (rel.equals("advcl") && (gerund || purpose))
        || (rel.equals("dep") && gerund))) {
      if (gerund && verb > 0 && s.tokens().get(verb - 1).word().equals(",")) {
        while (embeddedQuestion(s, head) && s.head(head) >= 0) {
          head = s.head(head); // "declined to predict when GM would recover, saying ...": who declined says it
        }
      }
      int pass = gerund ? passiveSubject(s, head) : -1;
      // "X was met with applause upon announcing ...", "X was cited by the paper as saying": the passive subject of
      // the clause the gerund hangs on, not its agent
      return pass >= 0 ? pass : subject(s, head, depth + 1);
    }
    return -1;
  }

  /**
   * A second cue verb coordinated, in the parse, with the verb of what a first cue reported ("said that the owner
   * should pay, and added that ...", "said X was present, but said this was unrelated"): the first cue, whose speaker
   * goes on speaking; -1 when the verb is no cue or its conjunct lies in no cue's reported clause.
   */
  private int reportingCue(Sentence s, int verb) {
    if (cues.classOf(s, s.tokens().get(verb)) == null) {
      return -1;
    }
    int j = s.head(verb);
    for (int steps = 0; j >= 0 && steps < 4; steps++, j = s.head(j)) {
      int up = s.head(j);
      if (up >= 0 && CONTENT_RELATIONS.contains(s.relation(j)) && s.tokens().get(up).isPos("VB")
          && cues.classOf(s, s.tokens().get(up)) != null) {
        return up;
      }
      if (!s.relation(j).equals("conj") && !(verb > 0 && secondCue(s, verb) && conjoined(s, verb))) {
        return -1; // a second cue right after "but" or "and" may hang deeper in the first one's clause
      }
    }
    return -1;
  }

  /**
   * Who wrote the document a bare "the report" (or "the study", "the article") stands for: the author of the last
   * document the text named before it, in this sentence or the few before ("The Herald published an article about
   * ... The report claimed ..."): its owner ("the Herald's report", "a study by X"), or the subject of the verb that
   * brought it out ("X published an article"). Null when the noun has an owner of its own or is no bare definite
   * document noun, or the nearest earlier document has no author the text names.
   */
  private @Nullable ActorIndex.Entry earlierAuthor(Sentence s, int token) {
    Token t = s.tokens().get(token);
    if (!t.pos().equals("NN") || !DOCUMENTS.contains(t.lemma().toLowerCase(Locale.ROOT)) || !bareDefinite(s, token)) {
      return null;
    }
    for (int i = s.index(); i >= Math.max(0, s.index() - DOCUMENT_REACH); i--) {
      Sentence other = sentences.get(i);
      for (int k = (i == s.index() ? token : other.tokens().size()) - 1; k >= 0; k--) {
        Token n = other.tokens().get(k);
        if (!n.isPos("NN") || !DOCUMENTS.contains(n.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int by = documentOwner(other, k);
        return by < 0 ? null : actors.at(other.tokens().get(by).begin()); // the nearest document, named or not
      }
    }
    return null;
  }

  /** The noun has "the" and nothing else before it: "the report", not "a report", "his report" or "the FBI report". */
  private static boolean bareDefinite(Sentence s, int noun) {
    boolean the = false;
    for (Dependency d : s.children(noun)) {
      String r = d.relation();
      Token w = s.tokens().get(d.dependent());
      if (r.equals("det") && w.word().equalsIgnoreCase("the")) {
        the = true;
      } else if (r.equals("nmod:poss") || r.equals("compound") || r.equals("nmod") || r.equals("appos")
          || r.equals("acl")) {
        return false;
      }
    }
    return the;
  }

  /** The token naming who wrote a document noun: its owner, or the subject of "published", "released", "issued". */
  private int documentOwner(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      boolean name = s.tokens().get(d.dependent()).isPos("NNP");
      boolean by = d.relation().startsWith("nmod") && (hasCase(s, d.dependent(), "by")
          || hasCase(s, d.dependent(), "from") || hasCase(s, d.dependent(), "of") && name);
      if (d.relation().equals("nmod:poss") || by || d.relation().equals("compound") && name) {
        return d.dependent(); // "the Herald's report", "a study by X", "the findings of X", "an FBI report"
      }
    }
    int head = s.head(noun);
    if (head >= 0 && s.relation(noun).equals("obj") && PUBLISHING.contains(s.tokens().get(head).lemma())) {
      for (Dependency d : s.children(head)) {
        if (d.relation().equals("nsubj")) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** The verb heads an embedded question: "(predict) when GM would recover", "(asked) whether it would". */
  private static boolean embeddedQuestion(Sentence s, int verb) {
    String rel = s.relation(verb);
    if (!rel.equals("advcl") && !rel.equals("ccomp")) {
      return false;
    }
    for (Dependency d : s.children(verb)) {
      Token t = s.tokens().get(d.dependent());
      boolean wh = d.relation().equals("advmod") && t.isPos("WRB") && d.dependent() < verb;
      boolean whether = d.relation().equals("mark") && (t.word().equalsIgnoreCase("whether")
          || t.word().equalsIgnoreCase("if"));
      if (wh || whether) {
        return true;
      }
    }
    return false;
  }

  /** The token is part of a person's name. */
  private boolean person(Sentence s, int token) {
    ActorIndex.Entry e = actors.at(s.tokens().get(token).begin());
    return e != null && e.kind() == ActorKind.PERSON;
  }

  /** The token before the verb is "but" or "and". */
  private static boolean conjoined(Sentence s, int verb) {
    String before = s.tokens().get(verb - 1).word();
    return before.equalsIgnoreCase("but") || before.equalsIgnoreCase("and");
  }

  /** The author named in a speech noun phrase hung on a verb: "in a statement by X", "in X's letter"; or -1. */
  private static int statementAuthor(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("obl") && hasCase(s, d.dependent(), "in")) {
        for (Dependency o : s.children(d.dependent())) {
          if (o.relation().equals("nmod:poss") || o.relation().startsWith("nmod") && (hasCase(s, o.dependent(), "by")
              || hasCase(s, o.dependent(), "from"))) {
            return o.dependent();
          }
        }
      }
    }
    return -1;
  }

  /**
   * "X was quoted by Reuters as saying", "X is cited as saying": the passive subject of the verb before "as", the one
   * whose words were quoted, never the outlet that quoted them; in the active "Reuters quoted X as saying", its
   * object. -1 when the gerund does not follow "as".
   */
  private static int quotedAs(Sentence s, int gerund) {
    if (gerund < 2 || !s.tokens().get(gerund - 1).word().equalsIgnoreCase("as")) {
      return -1;
    }
    for (int k = gerund - 2; k >= 0; k--) {
      if (s.tokens().get(k).pos().equals("VBN") && passiveSubject(s, k) >= 0) {
        return passiveSubject(s, k);
      }
      if (s.tokens().get(k).isPos("VB") && !s.relation(k).equals("amod")) {
        // "Reuters quoted the minister as saying", "the paper cited officials as saying": the one quoted
        for (Dependency d : s.children(k)) {
          if (d.relation().equals("obj") && d.dependent() < gerund) {
            return d.dependent();
          }
        }
        return -1;
      }
    }
    return -1;
  }

  private static int passiveSubject(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj:pass")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The by-phrase the parser hung on the "as" complement of a passive cue ("described as X by Y"), or -1. */
  private static int agentOfComplement(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.dependent() > verb && (d.relation().equals("advcl") || d.relation().equals("xcomp")
          || d.relation().startsWith("obl")) && hasCase(s, d.dependent(), "as")) {
        for (Dependency a : s.children(d.dependent())) {
          if (a.relation().startsWith("obl") && hasCase(s, a.dependent(), "by")) {
            return a.dependent();
          }
        }
      }
    }
    return -1;
  }

  /**
   * For a speech noun: its possessor ("Merz's comments"), the body named before it ("a White House statement") or the
   * subject of the verb it is the object of.
   */
  private int owner(Sentence s, int noun) {
    int named = namedOwner(s, noun);
    if (named >= 0) {
      return named;
    }
    int head = s.head(noun);
    String rel = s.relation(noun);
    if (head >= 0 && (rel.equals("obj") || rel.equals("obl")) && s.tokens().get(head).isPos("VB")) {
      return subject(s, head, 0); // "X issued a statement", "in a statement, X said"
    }
    return -1;
  }

  /**
   * Who the speech noun's own phrase names as its author: its possessor, a by-, from- or of-phrase, the agent of a
   * participle ("a report released by X") or a body named before it; -1 when the phrase names none.
   */
  private int namedOwner(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("nmod:poss")) {
        return d.dependent();
      }
      if (d.relation().startsWith("nmod") && (hasCase(s, d.dependent(), "by") || hasCase(s, d.dependent(), "from")
          || hasCase(s, d.dependent(), "of") && s.tokens().get(d.dependent()).pos().startsWith("NNP"))) {
        return d.dependent(); // "a tweet by X", "a statement from X", "the opinion of the Court"
      }
      if (d.relation().equals("nmod") && hasCase(s, d.dependent(), "on")
          && WEBSITES.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        for (Dependency p : s.children(d.dependent())) {
          if (p.relation().equals("nmod:poss")) {
            return p.dependent(); // "a statement on Apple's website": whoever runs the website
          }
        }
      }
    }
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("acl") && s.tokens().get(d.dependent()).pos().equals("VBN")) {
        for (Dependency a : s.children(d.dependent())) {
          if ((a.relation().startsWith("obl") || a.relation().equals("nmod:agent")) && hasCase(s, a.dependent(), "by")) {
            return a.dependent(); // "a statement signed by the leaders", "a letter written by X"
          }
        }
      }
    }
    // "he cited the Times report": the body named with the words wrote them, not who cites them
    return compoundOwner(s, noun);
  }

  private static boolean hasCase(Sentence s, int token, String word) {
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("case") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reported content under a speech cue, first and last token: its clausal complement; else, for a cue at the
   * end of its sentence ('..., Merz said'), what comes before the speaker; else what follows the cue.
   */
  private int @Nullable [] content(Sentence s, int cue, int speaker, String cls) {
    Set<Integer> skip = speaker >= 0 ? Set.of(cue, speaker) : Set.of(cue);
    if (s.relation(cue).equals("csubj") && s.head(cue) > cue && relativised(s, cue)) {
      // "distributism, which he said was a form of capitalism": the rest of the relative clause
      Set<Integer> rest = subtree(s, s.head(cue), skip);
      rest.removeAll(subtree(s, cue, Set.of()));
      return range(s, rest);
    }
    if (csubjBefore(s, cue) && !relativised(s, cue)) {
      // "X believes the deal will hold" parsed with the cue as the subject of "hold": all that follows the cue, past
      // whom it was told to
      Set<Integer> rest = subtree(s, s.head(cue), skip);
      for (Dependency d : s.children(cue)) {
        if (!d.relation().equals("iobj") && d.dependent() > cue && d.dependent() != speaker) {
          rest.addAll(subtree(s, d.dependent(), skip));
        }
      }
      rest.removeIf(k -> k < cue);
      return beforeNarration(s, range(s, rest));
    }
    int stranded = strandedPredicate(s, cue);
    if (stranded >= 0) {
      // "groups claiming the election was stolen gathered ..." parsed with "the election" as the cue's object and
      // "was stolen" as the main verb: from the object to the verb the sentence goes on with ("gathered")
      int object = Trees.exactChild(s, cue, "obj");
      Set<Integer> rest = new HashSet<>(subtree(s, object, skip));
      int next = mainVerbAfter(s, stranded);
      for (int k : subtree(s, stranded, skip)) {
        if (k >= object && (next < 0 || k < next)) {
          rest.add(k);
        }
      }
      return range(s, rest);
    }
    int[] beforeColon = objectBeforeColon(s, cue, skip);
    if (beforeColon != null) {
      return beforeColon;
    }
    for (Dependency d : s.children(cue)) {
      if (CONTENT_RELATIONS.contains(d.relation())
          && !(speaker >= 0 && subtree(s, d.dependent(), Set.of()).contains(speaker))) {
        // a clause that holds the speaker is the parser's mistake, not what the speaker said
        Set<Integer> clause = subtree(s, d.dependent(), skip);
        for (Dependency loose : s.children(cue)) {
          // "reported X recommended the troops withdraw": a verb the parser hung on the cue ends the clause
          if (loose.relation().equals("dep") && loose.dependent() > d.dependent()
              && s.tokens().get(loose.dependent()).isPos("VB")) {
            clause.addAll(subtree(s, loose.dependent(), skip));
          }
        }
        return beforeNarration(s, listTail(s, range(s, clause), cue));
      }
    }
    List<Token> t = s.tokens();
    if (speaker > cue && cue > 2 && t.get(cue - 1).word().equals(",") && !hasCase(s, speaker, "by")) {
      return new int[] {0, cue - 2}; // "..., with the toll rising to 22, reported officials": what stands before
    }
    String rel = s.relation(cue);
    int tag = speaker >= 0 ? Math.min(cue, first(s, speaker)) : cue;
    boolean setOff = tag > 0 && (t.get(tag - 1).word().equals(",") || t.get(tag - 1).isPos("''"));
    if (rel.equals("parataxis") && s.head(cue) >= 0 && (s.head(cue) > cue || setOff)) {
      // '"...," X said at a forum hosted by Y': what was said stands before the tag, not after it; a cue the parser
      // hung loosely on a word before it with no comma between ("the policies he proposed", "X said the use of ...")
      // reports only what follows it
      Set<Integer> clause = subtree(s, s.head(cue), skip);
      if (s.head(cue) < cue) {
        clause.removeIf(k -> k >= tag);
      }
      return range(s, clause);
    }
    if (s.tokens().get(cue).isPos("NN")) {
      return nounContent(s, cue, skip);
    }
    if (!cls.equals("speech")) {
      // "urged supporters to remain hopeful", "described Soleimani as a terrorist": what follows in the cue's tree
      Set<Integer> parts = new HashSet<>();
      for (Dependency d : s.children(cue)) {
        String r = d.relation();
        if (d.dependent() > cue && (r.equals("obj") || r.equals("xcomp") || r.equals("obl") || r.equals("iobj")
            || (r.equals("dep") && s.tokens().get(d.dependent()).isPos("VB")))) {
          parts.addAll(subtree(s, d.dependent(), skip));
        }
      }
      int[] r = range(s, parts);
      if (r != null) {
        return r;
      }
      // a parse that hangs the content elsewhere: what follows the cue ("have alleged Iranian involvement")
    }
    if (cls.equals("speech") && lastContentToken(s, cue) < 0) {
      // '..., the Kenyan president said': the content is what stands before the comma that opens the speaker
      int words = 0;
      boolean bracketed = false;
      for (int k = cue - 1; k > 2 && words < 8; k--) {
        String w = t.get(k).word();
        bracketed = w.equals(")") || w.equals("-RRB-") || bracketed && !(w.equals("(") || w.equals("-LRB-"));
        if (!bracketed && !w.equals("(") && !w.equals("-LRB-")) {
          words++; // "her label Blue Harbour Music (BHM) announced": the short name in brackets is no more words
        }
        if (t.get(k).word().equals(",")) {
          return new int[] {0, k - 1};
        }
        if (t.get(k).isPos("VB") && !(s.head(k) == cue && s.relation(k).startsWith("aux"))) {
          break; // "..., the agency has announced": the cue's own auxiliary belongs to the tag
        }
      }
    }
    int reported = s.head(cue);
    if (rel.equals("advcl") && reported > cue && cls.equals("speech") && subjectAt(s, reported, cue + 1)
        && s.children(cue).stream().noneMatch(d -> d.dependent() > cue)) {
      // "Although X said she expected ..., Y walked out": the parser hung the cue on the verb it reports; what was
      // said ends at the comma that closes the subordinate clause ("if they say X, I would agree")
      int comma = cue + 1;
      while (comma < t.size() && !t.get(comma).word().equals(",")) {
        comma++;
      }
      int end = comma;
      Set<Integer> clause = subtree(s, reported, skip);
      clause.removeIf(k -> k <= cue || k >= end);
      return range(s, clause);
    }
    int from = cue + 1;
    if (speaker > cue && cue > 0 && t.get(cue - 1).isPos("''") && !hasCase(s, speaker, "by")) {
      return null; // '"...," said his father, Abdullah Kurdi, after the ceremony': what was said is the quotation
    }
    while (from < t.size() && (from == speaker || t.get(from).word().equalsIgnoreCase("that")
        || isListener(s, cue, from))) {
      from++;
    }
    int listener = pastListener(s, cue, from);
    if (listener > from && listener < t.size() && opensClause(t.get(listener))) {
      from = listener; // "told the press the officers had left": past the listener of more than one word
      while (from < t.size() && t.get(from).word().equalsIgnoreCase("that")) {
        from++;
      }
    }
    int past = afterObliques(s, cue, from);
    if (past > from && past + 1 < t.size() && t.get(past).word().equals(",") && onlyTime(s, from, past)) {
      from = past + 1; // "reported on Monday, 62 stores had closed": when it was said, then what
    } else if (past > from && past < t.size() && t.get(past).word().equals(",")) {
      return null; // "replying to the mayor's statement, ...": whom the words answer, not what they say
    }
    int to = t.size() - 1;
    if (rel.equals("advcl") && s.head(cue) > cue && subordinated(s, cue)) {
      // "When X announced ..., Y joined the race": the main clause after the cue's own clause is narration
      to = Math.min(to, subtree(s, cue, Set.of()).stream().max(Integer::compare).orElse(to));
    }
    int narration = narrationAfter(s, from, to);
    to = narration >= 0 ? narration - 1 : to;
    while (to >= from && (t.get(to).isPos(".") || t.get(to).word().equals(","))) {
      to--;
    }
    if ((past > from && past > to) || pastListener(s, cue, from) > to) {
      // '"...," X told reporters at the forum on Friday', '"...," X told the BBC's Newsnight programme': where, when
      // and to whom it was said, not what
      return null;
    }
    return to - from >= (cls.equals("speech") ? 2 : 1) ? new int[] {from, to} : null;
  }

  /**
   * The cue's clause opens with a subordinator of its own ("When X announced ...", "after she said ..."), not a cue
   * the parser hung on the main clause ("In between, she testified, she was ...").
   */
  private static boolean subordinated(Sentence s, int cue) {
    for (Dependency d : s.children(cue)) {
      Token w = s.tokens().get(d.dependent());
      if (d.dependent() < cue && (d.relation().equals("mark") || d.relation().equals("advmod") && w.isPos("WRB"))) {
        return true;
      }
    }
    return false;
  }

  /** Words that set a later step of the story against what was said: "announced ..., but later withdrew". */
  private static final Set<String> SEQUENCE = Set.of("later", "then", "subsequently", "afterwards", "eventually");

  /** The content range cut before the narration that follows it (see {@link #narrationAfter}); null stays null. */
  /**
   * A reported clause the parser cut at the first comma of a list that ends the sentence ("stated that the plan had
   * the support of the union, the bondholders and the state"): up to the sentence's end, when all that follows is
   * commas and noun phrases, with no verb or quotation mark of its own.
   */
  private static int @Nullable [] listTail(Sentence s, int @Nullable [] range, int cue) {
    List<Token> t = s.tokens();
    if (range == null || range[0] < cue || range[1] + 2 >= t.size() || !t.get(range[1] + 1).word().equals(",")) {
      return range;
    }
    int last = t.size() - 1;
    while (last > range[1] && t.get(last).isPos(".")) {
      last--;
    }
    for (int k = range[1] + 1; k <= last; k++) {
      Token w = t.get(k);
      if (w.isPos("VB") || w.isPos("MD") || w.isPos("``") || w.isPos("''") || w.isPos("W") || w.isPos(":")) {
        return range;
      }
    }
    return last > range[1] + 1 ? new int[] {range[0], last} : range;
  }

  private int @Nullable [] beforeNarration(Sentence s, int @Nullable [] range) {
    int narration = range == null ? -1 : narrationAfter(s, range[0], range[1]);
    int to = narration - 1;
    while (to >= 0 && s.tokens().get(to).word().equals(",")) {
      to--;
    }
    return narration < 0 ? range : to > range[0] ? new int[] {range[0], to} : null;
  }

  /**
   * The comma where the narrator takes over after reported content: a "while" or "whereas" clause with a subject of
   * its own ("told reporters the talks were useful, while Y walked out"), a "but" with a word of sequence and no
   * subject ("hinted the office would close, but later changed course"), or a second cue of the same speaker after
   * "but" or "and" ("said the officers were present, but said this was unrelated": two statements, whatever the
   * parser hangs the second cue on). -1 when the content runs to {@code to}.
   */
  private int narrationAfter(Sentence s, int from, int to) {
    List<Token> t = s.tokens();
    for (int k = from + 1; k + 2 <= to; k++) {
      if (conjoined(s, k + 1) && secondCue(s, k + 1)) {
        return k;
      }
      if (!t.get(k).word().equals(",")) {
        continue;
      }
      int n = k + 1;
      while (n < to && t.get(n).isPos("''")) {
        n++; // '..., "was a great man," while ...': past the closing mark
      }
      String next = t.get(n).word().toLowerCase(Locale.ROOT);
      int clause = s.head(n);
      if ((next.equals("while") || next.equals("whereas")) && clause > n && hasSubject(s, clause)) {
        return k;
      }
      boolean sequence = n + 1 <= to && SEQUENCE.contains(t.get(n + 1).word().toLowerCase(Locale.ROOT));
      if (next.equals("but") && sequence && clause > n && !hasSubject(s, clause)) {
        return k;
      }
    }
    return -1;
  }

  /** A finite cue verb with no subject of its own, right after "but" or "and": the speaker before it goes on. */
  private boolean secondCue(Sentence s, int k) {
    Token w = s.tokens().get(k);
    if (!(w.pos().equals("VBD") || w.pos().equals("VBZ")) || hasSubject(s, k)) {
      return false;
    }
    String cls = cues.classOf(s, w);
    return cls != null && !cls.equals("tag");
  }

  /**
   * "justified the strike as "defensive": "..."", "expressed disappointment; "..."": a cue with an object before the
   * colon or semicolon that opens its quotation reports the object; the quotation after it is a quote of its own.
   * Null when the cue has no such object.
   */
  private static int @Nullable [] objectBeforeColon(Sentence s, int cue, Set<Integer> skip) {
    List<Token> t = s.tokens();
    int colon = cue + 1;
    while (colon < t.size() && !((t.get(colon).word().equals(":") || t.get(colon).word().equals(";"))
        && s.head(colon) == cue)) {
      colon++;
    }
    if (colon >= t.size()) {
      return null;
    }
    final int stop = colon;
    Set<Integer> parts = new HashSet<>();
    boolean object = false;
    for (Dependency d : s.children(cue)) {
      int k = d.dependent();
      if (k > cue && k < stop && !d.relation().equals("punct")) {
        Set<Integer> sub = subtree(s, k, skip);
        if (sub.stream().allMatch(j -> j < stop)) {
          parts.addAll(sub);
          object |= d.relation().equals("obj");
        }
      }
    }
    return object ? range(s, parts) : null;
  }

  /**
   * What a speech noun reports: its "that" clause ("the claim that the vote was rigged") or what follows "to the
   * effect (that)" ("a statement to the effect the king opposed it"); null for a noun that reports nothing.
   */
  private static int @Nullable [] nounContent(Sentence s, int noun, Set<Integer> skip) {
    for (Dependency d : s.children(noun)) {
      if ((d.relation().equals("acl") || d.relation().equals("ccomp")) && hasMark(s, d.dependent(), "that")) {
        return range(s, subtree(s, d.dependent(), skip));
      }
    }
    List<Token> t = s.tokens();
    int k = noun + 1;
    if (k + 2 < t.size() && t.get(k).word().equalsIgnoreCase("to") && t.get(k + 1).word().equalsIgnoreCase("the")
        && t.get(k + 2).word().equalsIgnoreCase("effect")) {
      int from = k + 3;
      if (from < t.size() && t.get(from).word().equalsIgnoreCase("that")) {
        from++;
      }
      int to = t.size() - 1;
      while (to > from && t.get(to).isPos(".")) {
        to--;
      }
      return to - from >= 2 ? new int[] {from, to} : null;
    }
    return null;
  }

  private static boolean hasMark(Sentence s, int token, String word) {
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** A word that can open a clause's subject ("the", "officials", "it", "that"): not "not", "to" or a verb. */
  private static boolean opensClause(Token w) {
    return w.isPos("DT") || w.isPos("NN") || w.isPos("PRP") || w.isPos("CD") || w.isPos("JJ")
        || w.word().equalsIgnoreCase("that");
  }

  /** The tokens from {@code from} to before {@code to} are a time phrase: "on Monday", "in mid-2019". */
  private boolean onlyTime(Sentence s, int from, int to) {
    boolean[] time = timeTokens(s);
    boolean any = false;
    for (int k = from; k < to; k++) {
      Token w = s.tokens().get(k);
      if (time[k]) {
        any = true;
      } else if (!(w.isPos("IN") || w.isPos("DT"))) {
        return false;
      }
    }
    return any;
  }

  /**
   * The verb the parser made the head of a noun that a gerund cue describes, when that verb is really the predicate of
   * the cue's object: "groups claiming [the election] was stolen": "stolen", whose subject is "groups", follows the
   * cue's object straight on. -1 when the cue is not stranded so.
   */
  private static int strandedPredicate(Sentence s, int cue) {
    int noun = s.head(cue);
    if (!s.relation(cue).equals("acl") || !s.tokens().get(cue).pos().equals("VBG") || noun < 0
        || !s.relation(noun).startsWith("nsubj")) {
      return -1;
    }
    int verb = s.head(noun);
    int object = Trees.exactChild(s, cue, "obj");
    if (verb <= cue || object < 0) {
      return -1;
    }
    int end = Trees.subtree(s, object).stream().mapToInt(Integer::intValue).max().orElse(object);
    int first = verb;
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
        first = Math.min(first, d.dependent());
      }
    }
    return first == end + 1 ? verb : -1;
  }

  /** The first finite verb after a stranded predicate that hangs on it: where the sentence's own clause goes on. */
  private static int mainVerbAfter(Sentence s, int stranded) {
    for (Dependency d : s.children(stranded)) {
      int k = d.dependent();
      if (k > stranded && (s.tokens().get(k).isPos("VBD") || s.tokens().get(k).isPos("VBZ")
          || s.tokens().get(k).isPos("VBP"))) {
        return k;
      }
    }
    return -1;
  }

  /** The parser made the cue the clausal subject of a verb after it: "X believes [the deal] will hold". */
  private static boolean csubjBefore(Sentence s, int cue) {
    return s.relation(cue).equals("csubj") && s.head(cue) > cue;
  }

  /** The cue has a relative pronoun among its dependents: "which he said was ...". */
  private static boolean relativised(Sentence s, int cue) {
    for (Dependency d : s.children(cue)) {
      Token w = s.tokens().get(d.dependent());
      if (w.isPos("WDT") || w.isPos("WP")) {
        return true;
      }
    }
    return false;
  }

  /** Past the cue's prepositional phrases that start at {@code from} ("replied to X, ..."). */
  private static int afterObliques(Sentence s, int cue, int from) {
    boolean moved = true;
    while (moved && from < s.tokens().size()) {
      moved = false;
      for (Dependency d : s.children(cue)) {
        if (d.relation().startsWith("obl") && d.dependent() >= from && !hasCase(s, d.dependent(), "by")) {
          Set<Integer> sub = subtree(s, d.dependent(), Set.of(cue));
          int first = sub.stream().min(Integer::compare).orElse(-1);
          if (first == from) {
            from = sub.stream().max(Integer::compare).orElse(from) + 1;
            moved = true;
          }
        }
      }
    }
    return from;
  }

  /** The last token after the cue that is not punctuation, a time word or the speaker's name; -1 if none. */
  private int lastContentToken(Sentence s, int cue) {
    List<Token> t = s.tokens();
    boolean[] time = timeTokens(s);
    for (int k = t.size() - 1; k > cue; k--) {
      Token w = t.get(k);
      boolean filler = w.isPos(".") || w.isPos(",") || w.isPos("NNP") || w.isPos("DT") || w.isPos("PRP")
          || !w.ner().equals("O") || time[k] || w.isPos("CD") || w.isPos("RB") || w.isPos("IN");
      if (!filler) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "told reporters", "told Reuters": the listener right after a cue that takes one, as its direct or indirect object
   * ("told reporters the engine had failed"), is not the content; but in "warned Iran would pay" the object is the
   * subject of the reported clause.
   */
  private boolean isListener(Sentence s, int cue, int k) {
    String r = s.relation(k);
    if (s.head(k) != cue || !(r.equals("obj") || r.equals("iobj")) || !cues.takesListener(s.tokens().get(cue))
        || s.children(k).stream().anyMatch(d -> d.relation().startsWith("acl"))) {
      return false;
    }
    int after = k + 1;
    for (int j : subtree(s, k, Set.of())) {
      after = Math.max(after, j + 1);
    }
    if (after >= s.tokens().size()) {
      return true;
    }
    Token next = s.tokens().get(after);
    return !(next.isPos("MD") || next.pos().equals("VBD") || next.pos().equals("VBZ") || next.pos().equals("VBP"));
  }

  /** The first token of the phrase a token heads. */
  private static int first(Sentence s, int head) {
    return subtree(s, head, Set.of()).stream().min(Integer::compare).orElse(head);
  }

  /** Past the whole listener phrase that starts at {@code from} ("told the BBC's Newsnight programme"), or from. */
  private int pastListener(Sentence s, int cue, int from) {
    for (Dependency d : s.children(cue)) {
      if (isListener(s, cue, d.dependent())) {
        Set<Integer> phrase = subtree(s, d.dependent(), Set.of(cue));
        if (phrase.contains(from) && phrase.stream().min(Integer::compare).orElse(-1) == from) {
          return phrase.stream().max(Integer::compare).orElse(from) + 1;
        }
      }
    }
    return from;
  }

  private static Set<Integer> subtree(Sentence s, int root, Set<Integer> skip) {
    Set<Integer> out = new HashSet<>();
    List<Integer> todo = new ArrayList<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      int k = todo.remove(todo.size() - 1);
      if (skip.contains(k) || !out.add(k)) {
        continue;
      }
      for (Dependency d : s.children(k)) {
        if (d.relation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("that")) {
          continue;
        }
        todo.add(d.dependent());
      }
    }
    return out;
  }

  private static int @Nullable [] range(Sentence s, Set<Integer> tokens) {
    if (tokens.size() < 3) {
      return null;
    }
    int first = tokens.stream().min(Integer::compare).orElseThrow();
    int last = tokens.stream().max(Integer::compare).orElseThrow();
    return new int[] {first, last};
  }

  /** The actor id for the speaker token: a named actor, a pronoun, a description or a group; null if none. */
  @Nullable String resolve(Sentence s, int token, @Nullable String lastSpeaker) {
    Token t = s.tokens().get(token);
    ActorIndex.Entry e = actors.at(t.begin());
    if (e != null) {
      ActorIndex.Entry member = e.kind() == ActorKind.PERSON ? null : memberOf(s, token, e);
      member = member != null || e.kind() == ActorKind.PERSON ? member : appositivePerson(s, token);
      return (member == null ? e : member).id();
    }
    if (t.isPos("WP") || t.isPos("WDT")) {
      // "UNESCO, which questioned ...": a relative pronoun speaks for the noun its clause hangs on
      int clause = s.head(token);
      int noun = clause >= 0 && s.relation(clause).equals("acl:relcl") ? s.head(clause) : -1;
      ActorIndex.Entry named = noun < 0 ? null : actors.at(s.tokens().get(noun).begin());
      if (named == null && noun >= 0 && speaksNot(s.tokens().get(noun))) {
        // "a report released by X on Monday, which said ...": the report's author; "good news from X and Y, who
        // announced ...": the parser hung the clause on a noun that cannot speak, not on the body just before it
        boolean document = "speech".equals(cues.classOf(s, s.tokens().get(noun)));
        int author = document ? namedOwner(s, noun) : -1;
        named = author >= 0 ? actors.at(s.tokens().get(author).begin()) : null;
        if (!document && token >= 2 && s.tokens().get(token - 1).word().equals(",")
            && s.tokens().get(token - 2).pos().startsWith("NNP")
            && subtree(s, noun, Set.of()).contains(token - 2)) {
          named = actors.at(s.tokens().get(token - 2).begin());
        }
      }
      return named == null ? null : named.id();
    }
    String gender = lex.pronounGender(t.word());
    if (gender != null && t.isPos("PRP")) {
      if (gender.equals("n") || t.word().equalsIgnoreCase("they") || t.word().equalsIgnoreCase("we")) {
        ActorIndex.Entry last = lastSpeaker == null ? null : actors.get(lastSpeaker);
        if (last != null && last.kind() != ActorKind.PERSON) {
          actors.addMention(last, mention(t));
          return last.id();
        }
        return null;
      }
      ActorIndex.Entry p = antecedents.person(s, token, gender, lastSpeaker, null);
      if (p != null) {
        actors.addMention(p, mention(t));
        return p.id();
      }
      return null;
    }
    boolean personNoun = lex.isTitleWord(t.word()) || "INDIVIDUAL".equals(lex.personWord(t.word()));
    for (Dependency d : s.children(token)) {
      // "The Egyptian foreign minister, Sameh Shoukry, insisted": the apposition names the speaker; a body beside a
      // noun for a person says where they work ("Liang's daughter Clara Liang, also Greenpeace, said"), not who speaks
      if (d.relation().equals("appos")) {
        ActorIndex.Entry named = actors.at(s.tokens().get(d.dependent()).begin());
        if (personNoun && named != null && named.kind() != ActorKind.PERSON) {
          continue;
        }
        named = named != null ? named : unknownBody(s, d.dependent()); // "One news site, Coastline.net, claims"
        if (named != null) {
          return named.id();
        }
      }
    }
    ActorIndex.Entry inside = personInside(s, token);
    if (inside != null) {
      return inside.id();
    }
    if (t.isPos("NN") && cues.classOf(s, t) != null) {
      // "the court's summary concluded", "a statement from the ministry said": the owner of the words speaks
      int owner = owner(s, token);
      if (owner >= 0 && owner != token) {
        return resolve(s, owner, lastSpeaker);
      }
    }
    ActorIndex.Entry author = earlierAuthor(s, token);
    if (author != null) {
      actors.addMention(author, mention(t));
      return author.id(); // "The Herald published an article ... The report claimed ...": the Herald claims
    }
    Span np = phrase(s, token);
    String head = t.word().toLowerCase(Locale.ROOT);
    boolean bodies = t.pos().equals("NNS") && "INSTITUTION".equals(lex.personWord(singular(head)));
    if ("GROUP".equals(lex.personWord(head)) || (t.pos().equals("NNS") && lex.isTitleWord(singular(head))) || bodies) {
      // "the officials said", "the two parties said": a group known by its words
      String words = npText(s, np);
      ActorIndex.Entry state = STATE_WORDS.contains(head) && bare(s, token) ? stateOf(s, token) : null;
      if (state != null) {
        // "with officials saying ...": unnamed officials of no stated body speak for the story's country
        actors.addMention(state, new Mention(np.begin(), np.end(), words));
        return state.id();
      }
      return actors.group(words, new Mention(np.begin(), np.end(), words)).id();
    }
    if ("INDIVIDUAL".equals(lex.personWord(head)) && t.pos().equals("NN") && personInside(s, token) == null) {
      // "an eyewitness told the agency", "the suspect claimed": one unnamed person, known by what the text calls them
      String words = npText(s, np);
      return actors.named(words, ActorKind.PERSON, new Mention(np.begin(), np.end(), words)).id();
    }
    if ("INSTITUTION".equals(lex.personWord(head))) {
      // "the party said": the last organisation named with that word, else the institution itself
      ActorIndex.Entry org = actors.recentOrganization(t.begin(), head);
      String words = npText(s, np);
      Mention m = new Mention(np.begin(), np.end(), words);
      if (org == null && bare(s, token) && GENERIC_BODIES.contains(head)) {
        org = actors.nearbyOrganization(t.begin(), NEARBY);
      }
      if (org != null) {
        actors.addMention(org, m);
        return org.id();
      }
      return actors.named(withoutDeterminer(words), ActorKind.ORGANIZATION, m).id();
    }
    boolean someone = lex.isTitleWord(head) && t.pos().equals("NN") && indefinite(s, token);
    if (lex.isTitleWord(head) && !someone) {
      // "the president said": the most recent person, the previous speaker first
      String titleGender = lex.nounGender(head);
      String country = countryIn(s, np);
      Gazetteer.Title office = lex.title(withoutDeterminer(npText(s, np)).toLowerCase(Locale.ROOT));
      office = office != null ? office : lex.title(head);
      String role = office == null ? null : office.role();
      if (personallyOwned(s, token)) {
        ActorIndex.Entry kin = possessor(s, token, lastSpeaker);
        // "his lawyer", "Ruiz's agent": someone else than the one who has them; whoever the text said holds the
        // office, else a person known by the description
        ActorIndex.Entry holder = role == null ? null
            : actors.recentPersonInRole(t.begin(), role, titleGender, null, country);
        if (holder != null && holder != kin) {
          actors.addMention(holder, new Mention(np.begin(), np.end(), npText(s, np)));
          return holder.id();
        }
        String words = npText(s, np);
        return actors.named(words, ActorKind.PERSON, new Mention(np.begin(), np.end(), words)).id();
      }
      int body = ofBody(s, token);
      if (country == null && body >= 0) {
        country = countryIn(s, new Span(s.tokens().get(body).begin(), s.tokens().get(body).end()));
      }
      // "the president of Turkey" is Turkey's: not the last president named, unless that is Turkey's too
      ActorIndex.Entry p = body < 0 ? actors.officeHolder(t.begin(), role, titleGender, lastSpeaker, country)
          : role == null ? null : actors.recentPersonInRole(t.begin(), role, titleGender, lastSpeaker, country);
      if (p != null) {
        actors.addMention(p, new Mention(np.begin(), np.end(), npText(s, np)));
        return p.id();
      }
    }
    ActorIndex.Entry member = oneOfGroup(s, token);
    if (member != null) {
      return member.id();
    }
    for (int b : Trees.withCase(s, token, "for", "of")) {
      ActorIndex.Entry body = actors.at(s.tokens().get(b).begin());
      if (body == null) {
        body = unknownBody(s, b);
      }
      if (body != null && body.kind() != ActorKind.PERSON) {
        return body.id(); // "a spokesman for the ministry", "officials of the embassy"
      }
    }
    int officeOf = lex.isTitleWord(head) ? ofBody(s, token) : -1;
    if (officeOf >= 0) {
      Set<Integer> body = subtree(s, officeOf, Set.of()); // "of police" is one word, too short for range()
      int[] of = {Collections.min(body), Collections.max(body)};
      // "the premier of the German state of Bavaria": the office of a part of the country, named, not of the country
      ActorIndex.Entry state = namedPart(s, officeOf) ? null : countryActor(countryIn(s,
          new Span(s.tokens().get(of[0]).begin(), s.tokens().get(of[1]).end())));
      if (state != null) {
        return state.id(); // "the spokesperson for the German government"
      }
      if ("INSTITUTION".equals(lex.personWord(s.tokens().get(officeOf).word()))) {
        return resolve(s, officeOf, lastSpeaker); // "a spokesman for the ministry": the ministry
      }
      // "the head of the city's fire brigade told the inquiry": an office of a body no one named holds, known by it
      Span office = new Span(np.begin(), s.tokens().get(of[1]).end());
      String words = withoutDeterminer(npText(s, office));
      return actors.named(words, ActorKind.PERSON, new Mention(office.begin(), office.end(), words)).id();
    }
    if (someone) {
      // "a judge ruled", "an Al Jazeera reporter noted": someone not named before, known by the description
      String words = withoutDeterminer(npText(s, np));
      return actors.named(words, ActorKind.PERSON, new Mention(np.begin(), np.end(), words)).id();
    }
    ActorIndex.Entry listed = groupByMembers(s, token, np);
    if (listed != null) {
      return listed.id();
    }
    if (t.pos().startsWith("NNP") || (t.isPos("NN") && Character.isUpperCase(t.word().charAt(0)))) {
      // a surname the entity tagger missed, or tagged as a common noun at the head of a sentence ("Strand said"):
      // the person already named with it
      for (ActorIndex.Entry known : actors.entries()) {
        if (known.kind() == ActorKind.PERSON && known.name().endsWith(" " + t.word())) {
          actors.addMention(known, mention(t));
          return known.id();
        }
      }
    }
    ActorIndex.Entry body = unknownBody(s, token);
    return body == null ? null : body.id();
  }

  /**
   * The title noun is owned by a person ("his lawyer", "Ruiz's agent", "her spokesman"), through a personal
   * possessive pronoun or a person named as possessor; not by a body or place ("Germany's chancellor", "its chief").
   */
  private boolean personallyOwned(Sentence s, int title) {
    int owner = Trees.exactChild(s, title, "nmod:poss");
    if (owner < 0) {
      return false;
    }
    Token o = s.tokens().get(owner);
    String w = o.word().toLowerCase(Locale.ROOT);
    ActorIndex.Entry e = actors.at(o.begin());
    return w.equals("his") || w.equals("her") || e != null && e.kind() == ActorKind.PERSON;
  }

  /** The person a possessor of a title names ("his" in "his lawyer", "Ruiz" in "Ruiz's agent"), or null. */
  private @Nullable ActorIndex.Entry possessor(Sentence s, int title, @Nullable String lastSpeaker) {
    int owner = Trees.exactChild(s, title, "nmod:poss");
    Token o = s.tokens().get(owner);
    String w = o.word().toLowerCase(Locale.ROOT);
    if (w.equals("his") || w.equals("her")) {
      return antecedents.person(s, owner, w.equals("his") ? "m" : "f", lastSpeaker, null);
    }
    return actors.at(o.begin());
  }

  /**
   * "One of the workers said", "one of the victims told the court": a single unnamed member of a group of people,
   * known by the words that pick them out; null when the token is not "one" of a plural noun for people.
   */
  private @Nullable ActorIndex.Entry oneOfGroup(Sentence s, int token) {
    Token q = s.tokens().get(token);
    boolean one = q.word().equalsIgnoreCase("one");
    if (!one && !q.isPos("CD") && !QUANTITIES.contains(q.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int b : Trees.withCase(s, token, "of")) {
      Token people = s.tokens().get(b);
      String plural = people.word().toLowerCase(Locale.ROOT);
      boolean persons = people.pos().equals("NNS") && ("GROUP".equals(lex.personWord(plural))
          || "INDIVIDUAL".equals(lex.personWord(singular(plural))) || !one && Character.isLowerCase(plural.charAt(0)));
      if (persons && actors.at(people.begin()) == null) {
        Span np = new Span(q.begin(), people.end());
        String words = npText(s, np);
        Mention m = new Mention(np.begin(), np.end(), words);
        if (one) {
          return actors.named(words, ActorKind.PERSON, m);
        }
        // "Two of the nurses told the inquiry", "dozens of residents said": the group speaks through some members
        Span group = phrase(s, b);
        return actors.group(withoutDeterminer(npText(s, group)), m);
      }
    }
    return null;
  }

  /** Words for how many of a group speak: "dozens of residents", "many of the workers", "some of the victims". */
  private static final Set<String> QUANTITIES = Set.of("dozens", "hundreds", "thousands", "scores", "many", "some",
      "several", "most", "few", "all", "both", "none", "half", "majority", "number");

  /**
   * The body is a named part of a country ("the Italian region of Liguria", "the province of Manitoba"): it has a
   * proper name after "of" that is no country itself, unlike "the government of France".
   */
  private boolean namedPart(Sentence s, int body) {
    for (int b : Trees.withCase(s, body, "of")) {
      Token name = s.tokens().get(b);
      if (name.pos().startsWith("NNP") && countryIn(s, phrase(s, b)) == null) {
        return true;
      }
    }
    return false;
  }

  /** The country actor with this ISO code, or null when there is none (or no code). */
  private @Nullable ActorIndex.Entry countryActor(@Nullable String iso3) {
    for (ActorIndex.Entry e : iso3 == null ? List.<ActorIndex.Entry>of() : actors.entries()) {
      if (e.kind() == ActorKind.COUNTRY && iso3.equals(e.country())) {
        return e;
      }
    }
    return null;
  }

  /**
   * The body of an office named with its own determiner or name ("the head of the fire brigade", "director of the
   * Institute"): a particular office, which only someone known to hold it fills; -1 for none or a kind ("head of
   * state").
   */
  private static int ofBody(Sentence s, int title) {
    for (int b : Trees.withCase(s, title, "of", "for")) {
      boolean particular = s.tokens().get(b).pos().startsWith("NNP")
          || Trees.child(s, b, "det", "nmod:poss") >= 0;
      if (particular) {
        return b;
      }
    }
    return -1;
  }

  /**
   * "The agency's director, Dr. Ana Ruiz, said": a person set off after a body's name speaks, not the body (the parser
   * often hangs the person on the body when the role noun between them is possessed); null when no person is.
   */
  private @Nullable ActorIndex.Entry appositivePerson(Sentence s, int body) {
    for (Dependency d : s.children(body)) {
      ActorIndex.Entry named = d.relation().equals("appos") ? actors.at(s.tokens().get(d.dependent()).begin()) : null;
      if (named != null && named.kind() == ActorKind.PERSON) {
        return named;
      }
    }
    return null;
  }

  /**
   * "Dutch banks including Rabobank and ING announced ...": a plural noun that lists its named members speaks as one
   * group, known by the noun and its members together; null when the noun lists no named body.
   */
  private @Nullable ActorIndex.Entry groupByMembers(Sentence s, int token, Span np) {
    if (!s.tokens().get(token).pos().equals("NNS")) {
      return null;
    }
    for (Dependency d : s.children(token)) {
      int member = d.dependent();
      if (d.relation().startsWith("nmod") && member > token && hasCase(s, member, MEMBER_LISTS)
          && (actors.at(s.tokens().get(member).begin()) != null || s.tokens().get(member).pos().startsWith("NNP"))) {
        int last = subtree(s, member, Set.of()).stream().max(Integer::compare).orElse(member);
        String words = npText(s, np);
        Span all = new Span(np.begin(), s.tokens().get(last).end());
        return actors.group(words, new Mention(all.begin(), all.end(), npText(s, all)));
      }
    }
    return null;
  }

  /** The plural noun whose member list ("firms including X, Y and Z") holds the token, or -1. */
  private static int listingNoun(Sentence s, int k) {
    int member = s.relation(k).equals("conj") ? s.head(k) : k;
    int noun = member < 0 ? -1 : s.head(member);
    return noun >= 0 && s.relation(member).startsWith("nmod") && hasCase(s, member, MEMBER_LISTS)
        && s.tokens().get(noun).pos().equals("NNS") ? noun : -1;
  }

  /**
   * The country unnamed officials speak for: the country that is the subject of a clause above them ("Germany banned
   * the airline, with officials saying ..."), else the story's home country; null if neither is known.
   */
  private @Nullable ActorIndex.Entry stateOf(Sentence s, int token) {
    Set<Integer> seen = new HashSet<>();
    for (int k = s.head(token); k >= 0 && seen.add(k); k = s.head(k)) {
      for (Dependency d : s.children(k)) {
        ActorIndex.Entry e = d.relation().equals("nsubj") && d.dependent() != token
            ? actors.at(s.tokens().get(d.dependent()).begin()) : null;
        if (e != null && e.kind() == ActorKind.COUNTRY) {
          return e;
        }
      }
    }
    return actors.homeCountry();
  }

  /**
   * The noun stands with no modifier but a determiner: "officials", "the office", not "Iranian officials", "the
   * prime minister's office" or "officials of the ministry".
   */
  private static boolean bare(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      if (!(d.relation().equals("det") || d.relation().equals("punct") || d.relation().startsWith("acl")
          || d.relation().equals("cc") || d.relation().equals("conj"))) {
        return false;
      }
    }
    return true;
  }

  /** The noun has the article "a" or "an". */
  private static boolean indefinite(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("det") && (w.equals("a") || w.equals("an"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Jane Roe of the Farmers League said", parsed with the body's name as the subject and the person hung on it:
   * the person named just before "of" (or "from") and the body's name speaks for it; null where there is none.
   */
  private @Nullable ActorIndex.Entry memberOf(Sentence s, int token, ActorIndex.Entry body) {
    ActorIndex.Entry person = personInside(s, token);
    Mention named = null;
    for (Mention m : body.mentions()) {
      if (m.begin() <= s.tokens().get(token).begin() && s.tokens().get(token).end() <= m.end()) {
        named = m;
      }
    }
    if (person == null || named == null) {
      return null;
    }
    for (Mention m : person.mentions()) {
      if (m.end() <= named.begin() && MEMBER_OF.matcher(text.substring(m.end(), named.begin())).matches()) {
        return person;
      }
    }
    return null;
  }

  /** A person named inside the noun phrase headed by {@code head}: its compounds, names and appositions. */
  private @Nullable ActorIndex.Entry personInside(Sentence s, int head) {
    List<Integer> todo = new ArrayList<>(List.of(head));
    Set<Integer> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      int k = todo.remove(0);
      if (!seen.add(k) || seen.size() > 12) {
        continue;
      }
      ActorIndex.Entry e = actors.at(s.tokens().get(k).begin());
      if (e != null && e.kind() == ActorKind.PERSON) {
        return e;
      }
      for (Dependency d : s.children(k)) {
        String r = d.relation();
        boolean addressee = r.equals("nmod") && cues.classOf(s, s.tokens().get(k)) != null
            && ADDRESSEE_CASES.stream().anyMatch(w -> hasCase(s, d.dependent(), w));
        if ((r.equals("compound") || r.equals("flat") || r.equals("appos") || r.equals("nmod") || r.equals("dep"))
            && !addressee) {
          // "dep": the parser's loose tie of a name to its title ("the archbishop X said"); not "a letter from X to
          // Y": whom words were sent to, or are about, does not speak them ("Ambassador to the UN X" still names X)
          todo.add(d.dependent());
        }
      }
    }
    return null;
  }

  /** The country a noun phrase names or implies by demonym ("the Egyptian foreign minister"), or null. */
  private @Nullable String countryIn(Sentence s, Span np) {
    for (Token w : s.tokens()) {
      if (w.begin() >= np.begin() && w.end() <= np.end()) {
        Gazetteer.Country c = lex.country(w.word());
        if (c != null && Character.isUpperCase(w.word().charAt(0))) {
          return c.iso3();
        }
      }
    }
    return null;
  }

  private boolean[] timeTokens(Sentence s) {
    return timeTokens.computeIfAbsent(s.index(), k -> TimeExtractor.timeTokens(s));
  }

  /**
   * A body the entity tagger did not know, speaking under its own name: a proper noun with its compounds ("Business
   * Insider reported", "a spokesman for 10 Downing Street"), a word in capitals ("KTV4 reported") or a website
   * ("according to Ballotwatch.org", tagged a common noun); null for people, places, dates and words of the lexicons.
   */
  private @Nullable ActorIndex.Entry unknownBody(Sentence s, int token) {
    Token t = s.tokens().get(token);
    boolean properName = t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0))
        && !timeTokens(s)[token]
        && (t.ner().equals("O") || t.ner().equals("ORGANIZATION") || t.ner().equals("MISC"));
    String w = t.word();
    if (!(properName || ActorNames.isAcronym(w) || WEBSITE.matcher(w).matches()) || lex.pluralDemonym(w) != null
        || lex.pronounGender(w) != null
        || lex.country(w) != null
        || lex.isTitleWord(t.word()) || lex.personWord(t.word()) != null) {
      return null;
    }
    int first = token;
    for (Dependency d : s.children(token)) {
      Token c = s.tokens().get(d.dependent());
      if (d.dependent() < first && (d.relation().equals("compound") || d.relation().equals("nummod"))
          && (c.pos().startsWith("NNP") || c.isPos("CD"))) {
        first = d.dependent();
      }
    }
    Span np = new Span(s.tokens().get(first).begin(), t.end());
    String words = npText(s, np);
    return actors.named(words, ActorKind.ORGANIZATION, new Mention(np.begin(), np.end(), words));
  }

  /**
   * "..., according to Commissioner X of the Y Department.": a source that closes its sentence after a comma reports
   * the clause before the comma (from the last semicolon), whatever the parser made of the tag; null unless a verb
   * stands there.
   */
  private static int @Nullable [] beforeClosingSource(Sentence s, int according, int source) {
    List<Token> t = s.tokens();
    int last = t.size() - 1;
    while (last > 0 && (t.get(last).isPos(".") || t.get(last).isPos("''"))) {
      last--;
    }
    Set<Integer> phrase = subtree(s, source, Set.of());
    int phraseEnd = phrase.stream().max(Integer::compare).orElse(source);
    if (according < 2 || !t.get(according - 1).word().equals(",") || phraseEnd < last) {
      return null;
    }
    int start = 0;
    boolean verb = false;
    for (int k = 0; k < according - 1; k++) {
      if (t.get(k).word().equals(";")) {
        start = k + 1;
        verb = false;
      }
      verb |= t.get(k).isPos("VB") || t.get(k).isPos("MD");
    }
    return verb && according - 2 - start >= 2 ? new int[] {start, according - 2} : null;
  }

  /**
   * The source of "according to" when the entity tagger took its name for a place: a name of more than one word that
   * is no place the lexicons know ("the Lisbon Courier", "Manila Bulletin"), a newspaper or body named after its town;
   * null otherwise.
   */
  private ActorIndex.@Nullable Entry placeNamedSource(Sentence s, int who) {
    Token w = s.tokens().get(who);
    if (!w.pos().startsWith("NNP") || !w.ner().equals("LOCATION") || timeTokens(s)[who]) {
      return null;
    }
    int first = who;
    while (first > 0 && s.head(first - 1) == who && s.relation(first - 1).equals("compound")
        && s.tokens().get(first - 1).pos().startsWith("NNP")) {
      first--;
    }
    Span np = new Span(s.tokens().get(first).begin(), w.end());
    String words = npText(s, np);
    if (first == who || lex.country(words) != null || lex.place(words) != null || lex.place(w.word()) != null) {
      return null;
    }
    return actors.named(words, ActorKind.ORGANIZATION, new Mention(np.begin(), np.end(), words));
  }

  /** A common noun that names no one who could speak: not a person, group, title or body ("news", "report"). */
  private boolean speaksNot(Token w) {
    return (w.isPos("NN") || w.isPos("NNS")) && Character.isLowerCase(w.word().charAt(0)) && w.ner().equals("O")
        && !lex.isTitleWord(w.word()) && lex.personWord(w.word()) == null
        && lex.personWord(singular(w.word().toLowerCase(Locale.ROOT))) == null;
  }

  /** A name written in capitals, with digits or not: "NPR", "TVN24". */
  private static String withoutDeterminer(String words) {
    return words.replaceFirst("(?i)^(the|a|an|its|their|his|her)\\s+", "");
  }

  private static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y"; // "parties", "agencies", "secretaries"
    }
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** The noun phrase around a head token: its compounds, adjectives, names and possessors, without determiners. */
  private static Span phrase(Sentence s, int head) {
    Set<Integer> keep = new HashSet<>();
    keep.add(head);
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if (r.equals("compound") || r.equals("amod") || r.equals("flat") || r.equals("nmod:poss")
          || r.equals("nummod")) {
        keep.add(d.dependent());
        for (Dependency d2 : s.children(d.dependent())) {
          if (d2.relation().equals("compound") || d2.relation().equals("flat")) {
            keep.add(d2.dependent());
          }
        }
      }
    }
    int first = keep.stream().min(Integer::compare).orElse(head);
    int last = keep.stream().max(Integer::compare).orElse(head);
    return new Span(s.tokens().get(first).begin(), s.tokens().get(last).end());
  }

  private String npText(Sentence s, Span np) {
    return text.substring(np.begin(), np.end());
  }

  private static Mention mention(Token t) {
    return new Mention(t.begin(), t.end(), t.word());
  }
}
