package org.parley.actors;

import java.util.List;
import java.util.Locale;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.text.QuoteMarks;
import org.parley.util.Nullable;

/**
 * Who a personal pronoun stands for: one rule for every stage that reads pronouns (speakers of quotes, sources and
 * targets of events, holders of stances), so that a pronoun names the same actor in all of them. News text goes on
 * about the subject it has just named ("Ana Ruiz has led the union since 2019. She criticised ..."), so "he" or "she"
 * as a subject continues that subject; elsewhere it is the person of its gender named last, the caller's preferred one
 * (the speaker of the reported speech around it) first, and never the one whose own quoted words hold it. "it" or
 * "they" in what a body said is that body ({@link #reportingBody}). What stays with each stage: "I" and "we" are the
 * speaker; a speaker "it" or "they" is the body that spoke last (quotes); "it" and "they" outside reported speech
 * follow the clause's or the previous sentence's subject, or a group named just before (events). One instance per
 * document.
 */
public final class Antecedents {
  /**
   * How far a run of pronoun subjects is followed back: each sentence adds two (its pronoun and the subject it
   * continues), so four sentences that each open with "she" still reach the person named before them.
   */
  private static final int DEEPEST = 6;
  private final ActorIndex actors;
  private final Gazetteer lex;
  private final String text;
  private final List<Sentence> sentences;

  public Antecedents(ActorIndex actors, Gazetteer lex, String text, List<Sentence> sentences) {
    this.actors = actors;
    this.lex = lex;
    this.text = text;
    this.sentences = sentences;
  }

  /**
   * The person the pronoun at {@code pronoun} refers to: the subject it continues ({@code continued}), else the
   * person of the gender ("m", "f") mentioned last before it, {@code preferred} first when it qualifies (else the
   * person the sentence before was about); never {@code speaking}, the one whose own quoted words hold the pronoun
   * ("he" in her own words is someone else). Null if none.
   */
  public ActorIndex.@Nullable Entry person(Sentence s, int pronoun, String gender, @Nullable String preferred,
      @Nullable String speaking) {
    ActorIndex.Entry p = continued(s, pronoun, gender, 0);
    boolean self = p != null && p.id().equals(speaking);
    if (p != null && !self) {
      return p;
    }
    ActorIndex.Entry topic = preferred == null && !self ? topic(s, pronoun, gender) : null;
    String hint = self ? null : topic == null ? preferred : topic.id();
    hint = hint != null && hint.equals(speaking) ? null : hint;
    ActorIndex.Entry last = actors.recentPerson(s.tokens().get(pronoun).begin(), gender, hint, null);
    if (last != null && actedOn(s, pronoun, last)) {
      // "Speaking to Dan Hart of the Courier, he said": whoever was named before the sentence, not the one spoken to
      last = actors.recentPerson(s.tokens().get(0).begin(), gender, last.id().equals(hint) ? null : hint, null);
      last = last != null && actedOn(s, pronoun, last) ? null : last;
    }
    return last == null || last.id().equals(speaking) ? null : last;
  }

  /**
   * The person is named inside a clause with no subject of its own that hangs on the pronoun's verb before the pronoun
   * ("Speaking to X, he said", "After meeting X, she announced"): that clause's subject is the pronoun, so the person it
   * acts on is someone else.
   */
  private boolean actedOn(Sentence s, int pronoun, ActorIndex.Entry person) {
    int verb = s.relation(pronoun).startsWith("nsubj") ? s.head(pronoun) : -1;
    for (Dependency d : verb < 0 ? List.<Dependency>of() : s.children(verb)) {
      int clause = d.dependent();
      if (!d.relation().equals("advcl") || clause > pronoun || !s.tokens().get(clause).isPos("VB")
          || s.children(clause).stream().anyMatch(c -> c.relation().startsWith("nsubj"))) {
        continue;
      }
      for (int k = 0; k < pronoun; k++) {
        if (within(s, k, clause) && actors.at(s.tokens().get(k).begin()) == person) {
          return true;
        }
      }
    }
    return false;
  }

  /** Token {@code k} is {@code root} or lies below it in the parse. */
  private static boolean within(Sentence s, int k, int root) {
    for (int j = k, steps = 0; j >= 0 && steps < s.tokens().size(); j = s.head(j), steps++) {
      if (j == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person the pronoun refers to where it stands in the quote or reported statement {@code around} (null if
   * none): in reported speech its speaker is preferred ("the minister said she would resign"); in a speaker's own
   * words the speaker is never "he" or "she".
   */
  public ActorIndex.@Nullable Entry person(Sentence s, int pronoun, String gender, @Nullable Quote around) {
    String speaker = around == null ? null : around.speaker();
    boolean own = around != null && around.kind() == QuoteKind.DIRECT;
    ActorIndex.Entry p = person(s, pronoun, gender, own ? null : speaker, own ? speaker : null);
    int at = s.tokens().get(pronoun).begin();
    if (p == null && own && speaker != null && !gender.equals("n") && !namedBetween(around.begin(), at)) {
      // "Goel said, "He was an excellent politician"": a "he" that opens a speaker's own words, before they name
      // anyone, is not the speaker but, if anyone, the person the story is most about so far
      return actors.mostMentionedPerson(at, gender, speaker, 2);
    }
    return p;
  }

  /** Whether an actor is mentioned in [begin, end). */
  private boolean namedBetween(int begin, int end) {
    for (ActorIndex.Entry e : actors.entries()) {
      for (Mention m : e.mentions()) {
        if (m.begin() >= begin && m.begin() < end) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The body an "it" or a "they" (or "its", "them", "their") stands for in what a body said or thinks: the speaker
   * of the reported speech {@code around} it, else the subject of the verb whose complement clause the pronoun is the
   * subject of ("the ministry believes it can ..."); when that is no person, no single country for a plural, and no
   * common noun names a thing between its name and the pronoun ("the ministry said it would ...", not "the union
   * criticised the law, saying it would ..."). Null otherwise.
   */
  public ActorIndex.@Nullable Entry reportingBody(Sentence s, int pronoun, @Nullable Quote around) {
    ActorIndex.Entry speaker = around == null || around.speaker() == null || around.kind() != QuoteKind.INDIRECT ? null
        : actors.get(around.speaker());
    speaker = speaker != null ? speaker : thinker(s, pronoun);
    String w = s.tokens().get(pronoun).word().toLowerCase(Locale.ROOT);
    boolean plural = w.equals("they") || w.equals("them") || w.equals("their");
    if (speaker == null || speaker.kind() == ActorKind.PERSON || !plural && !w.equals("it") && !w.equals("its")
        || plural && speaker.kind() == ActorKind.COUNTRY) {
      return null;
    }
    for (int j = pronoun - 1; j >= 0; j--) {
      Token t = s.tokens().get(j);
      ActorIndex.Entry e = actors.at(t.begin());
      if (e == speaker) {
        break;
      }
      if ((t.pos().equals("NN") || t.pos().equals("NNS")) && e == null) {
        return null; // a thing named in between may be what "it" is
      }
    }
    return speaker;
  }

  /** The actor subject of the verb whose complement clause ("believes it can") has the pronoun as subject, or null. */
  private ActorIndex.@Nullable Entry thinker(Sentence s, int pronoun) {
    int clause = s.relation(pronoun).startsWith("nsubj") ? s.head(pronoun) : -1;
    while (clause >= 0 && s.relation(clause).equals("xcomp")) {
      clause = s.head(clause);
    }
    if (clause < 0 || !s.relation(clause).equals("ccomp") || s.head(clause) < 0) {
      return null;
    }
    int subject = -1;
    for (Dependency d : s.children(s.head(clause))) {
      subject = d.relation().equals("nsubj") ? d.dependent() : subject;
    }
    return subject < 0 ? null : actors.at(s.tokens().get(subject).begin());
  }

  /**
   * The person the sentence before was about, for a subject pronoun with no subject before it in its own sentence
   * even where it does not open it ("... then with the president, where he denounced ..." parsed with no subject for
   * "met"): a weaker hint than {@code continued}, taken only where no speaker is preferred; null if none.
   */
  private ActorIndex.@Nullable Entry topic(Sentence s, int pronoun, String gender) {
    if (!s.relation(pronoun).startsWith("nsubj") || s.index() <= 0 || s.index() > sentences.size()) {
      return null;
    }
    for (int j = pronoun - 1; j >= 0; j--) {
      if (s.relation(j).startsWith("nsubj")) {
        return null;
      }
    }
    Sentence prior = sentences.get(s.index() - 1);
    int subj = subjectOf(prior);
    return subj < 0 ? null : personOf(prior, subj, gender, 1);
  }

  /**
   * The person the sentence {@code prior} is about, by its subject, if of the gender; null if its subject is no such
   * person. For "he said" after a quotation that opens the sentence after it ("Senator X was also unhappy. \"...,\" he
   * said."): news introduces a new speaker so.
   */
  public ActorIndex.@Nullable Entry subjectPerson(Sentence prior, String gender) {
    int subj = subjectOf(prior);
    for (int j = 0; subj < 0 && j < prior.tokens().size(); j++) {
      // a sentence the splitter opened with the last quotation's closing mark, which the parser made the root
      subj = prior.relation(j).startsWith("nsubj") ? j : -1;
    }
    return subj < 0 ? null : personOf(prior, subj, gender, 1);
  }

  /**
   * The person a subject pronoun, or the possessor of a subject ("His plan ..."), continues, or null when this does
   * not apply:
   * <ul>
   *   <li>the subject of a clause before it in its sentence ("Ruiz met the mayor, where she criticised ...", "His
   *       politics clashed with the party's; he came out against ...");</li>
   *   <li>for one that opens its sentence (or follows only an opening phrase: "On Tuesday, she said"), the person who
   *       was the subject of the sentence just before, in the same paragraph, even when someone else was named or spoke
   *       since ("Ana Ruiz has led the union since 2019. She criticised ..."); when that subject is no person ("the
   *       police detained Ana Ruiz. She said ..."), the one person that sentence names. A quotation in that sentence
   *       or between breaks the thread.</li>
   * </ul>
   * {@code depth} counts the pronouns followed back through.
   */
  private ActorIndex.@Nullable Entry continued(Sentence s, int pronoun, String gender, int depth) {
    int head = s.head(pronoun);
    boolean owner = s.relation(pronoun).equals("nmod:poss") && head >= 0 && s.relation(head).startsWith("nsubj");
    if (!s.relation(pronoun).startsWith("nsubj") && !owner || gender.equals("n") || depth > DEEPEST) {
      return null;
    }
    int from = owner ? head : pronoun;
    for (int j = from - 1; j >= 0; j--) {
      if (s.relation(j).startsWith("nsubj") && !s.relation(s.head(j)).startsWith("acl")) {
        return personOf(s, j, gender, depth);
      }
    }
    if (s.index() <= 0 || s.index() > sentences.size()) {
      return null;
    }
    boolean intro = introducedByPhrase(s, pronoun);
    for (int k = 0; k < pronoun; k++) {
      if (isNominal(s.tokens().get(k)) && !intro) {
        return null; // not the sentence's first noun phrase
      }
    }
    Sentence prior = sentences.get(s.index() - 1);
    String between = text.substring(prior.begin(), s.tokens().get(pronoun).begin());
    if (between.substring(prior.end() - prior.begin()).contains("\n") || between.chars().anyMatch(ch ->
        QuoteMarks.isDoubleMark((char) ch))) {
      return null;
    }
    int subj = subjectOf(prior);
    ActorIndex.Entry p = subj < 0 ? null : personOf(prior, subj, gender, depth + 1);
    ActorIndex.Entry e = subj < 0 ? null : actors.at(prior.tokens().get(subj).begin());
    // "In 2019 the party nominated Segal. He announced ...": the one person the sentence before names
    return p != null || e != null && e.kind() == ActorKind.PERSON ? p : onlyPersonIn(prior, gender);
  }

  /**
   * The person a subject names, if of the gender: a person's name, a pronoun that continues a subject before it, or
   * the possessor of a noun that names no actor ("His politics"); else null.
   */
  private ActorIndex.@Nullable Entry personOf(Sentence s, int token, String gender, int depth) {
    Token t = s.tokens().get(token);
    ActorIndex.Entry e = actors.at(t.begin());
    if (e != null) {
      return e.kind() == ActorKind.PERSON && (e.gender() == null || gender.equals(e.gender())) ? e : null;
    }
    if (t.isPos("PRP")) {
      return gender.equals(lex.pronounGender(t.word())) ? continued(s, token, gender, depth + 1) : null;
    }
    int poss = -1;
    for (Dependency d : s.children(token)) {
      poss = d.relation().equals("nmod:poss") ? d.dependent() : poss;
    }
    ActorIndex.Entry named = namedAfter(s, token);
    if (named != null) {
      // "Ruiz's former aide Tom Lenz held ...": the aide, named after the noun, not the one whose aide he is
      return named.gender() == null || gender.equals(named.gender()) ? named : null;
    }
    return poss < 0 ? null : personOf(s, poss, gender, depth);
  }

  /** The person named right after a noun for a role, as its apposition ("her lawyer Ana Ruiz", "the aide, Tom Lenz"). */
  private ActorIndex.@Nullable Entry namedAfter(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      String r = d.relation();
      if (d.dependent() > noun && (r.equals("appos") || r.equals("dep") || r.equals("flat"))) {
        ActorIndex.Entry e = actors.at(s.tokens().get(d.dependent()).begin());
        if (e != null && e.kind() == ActorKind.PERSON) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * The subject of a sentence's main verb: its passive subject first ("she was questioned by X for hours": the one
   * the sentence is about, not the agent), else the nearest subject before it, else any; -1 when it has none.
   */
  private static int subjectOf(Sentence s) {
    int root = -1;
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        root = d.dependent();
      }
    }
    int subject = -1;
    for (Dependency d : root < 0 ? List.<Dependency>of() : s.children(root)) {
      String r = d.relation();
      if (r.equals("nsubj:pass")) {
        return d.dependent();
      }
      if ((r.equals("nsubj") || r.equals("nsubj:xsubj")) && (subject < 0 || d.dependent() < root)) {
        subject = d.dependent();
      }
    }
    return subject;
  }

  /** The one person of the gender the sentence names; null when it names none or several. */
  private ActorIndex.@Nullable Entry onlyPersonIn(Sentence s, String gender) {
    ActorIndex.Entry found = null;
    for (Token w : s.tokens()) {
      ActorIndex.Entry e = actors.at(w.begin());
      if (e == null || e.kind() != ActorKind.PERSON || e == found) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = e;
    }
    return found != null && (found.gender() == null || gender.equals(found.gender())) ? found : null;
  }

  /**
   * The pronoun follows only a phrase set off by a comma that names no person and holds no subject ("In addition, he
   * said", "On Tuesday, she told"): it still opens the sentence's clause and continues its topic.
   */
  private boolean introducedByPhrase(Sentence s, int pronoun) {
    if (pronoun < 2 || !s.tokens().get(pronoun - 1).word().equals(",")) {
      return false;
    }
    for (int k = 0; k < pronoun - 1; k++) {
      ActorIndex.Entry e = actors.at(s.tokens().get(k).begin());
      if (s.relation(k).startsWith("nsubj") || e != null && e.kind() == ActorKind.PERSON) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNominal(Token t) {
    return t.isPos("NN") || t.isPos("PRP") || t.isPos("NNP");
  }
}
