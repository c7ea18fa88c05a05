package org.parley.stance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.actors.ActorIndex;
import org.parley.actors.ActorNames;
import org.parley.actors.Antecedents;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * Who holds a position: the actor a subject, possessor or agent names (a name, a pronoun, a title, a group
 * with a modifier: "Nordic ministers"), and the speaker of the quote or reported speech the words stand in.
 */
final class Holders {
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "'s");
  /** Pronouns by which a body speaks of itself in reported speech: "the ministry said it would ...". */
  private static final Set<String> BODY_PRONOUNS = Set.of("it", "they");
  /** Nouns for the executive of a state: "the German government" holds the positions of Germany. */
  private static final Set<String> GOVERNMENTS = Set.of("government", "administration", "authorities",
      "cabinet");
  private static final Set<String> QUANTIFIERS = Set.of("the", "a", "an", "several", "some", "many", "most",
      "both", "all", "other", "various", "numerous", "few", "these", "those", "their", "its");
  /** Words for a part of a group, who hold what the group's members hold: "two-thirds of the voters". */
  private static final Set<String> PARTS = Set.of("half", "halves", "third", "thirds", "quarter", "quarters",
      "fifth", "fifths", "majority", "minority", "most", "many", "some", "several", "all", "dozens", "hundreds",
      "thousands", "millions", "number", "percent", "share", "bulk", "rest");

  /** Nouns for the side a speaker speaks for: "our team", "my campaign", "our party". */
  private static final Set<String> SIDES = Set.of("team", "campaign", "party", "ticket", "movement", "side",
      "organisation", "organization", "group", "coalition");

  private final ActorIndex actors;
  private final Gazetteer lex;
  private final StanceLexicon stanceLex;
  private final List<Quote> quotes;
  private final String text;
  private final Antecedents antecedents;

  Holders(ActorIndex actors, Gazetteer lex, StanceLexicon stanceLex, List<Quote> quotes, String text,
      List<Sentence> sentences) {
    this.actors = actors;
    this.lex = lex;
    this.stanceLex = stanceLex;
    this.quotes = quotes;
    this.text = text;
    this.antecedents = new Antecedents(actors, lex, text, sentences);
  }

  /** The speaker of the shortest quote or reported statement around the offset, or null. */
  @Nullable String speakerAt(int offset) {
    Quote q = Quote.spokenAt(quotes, offset);
    return q == null ? null : q.speaker();
  }

  /** The speaker of the direct quote around the offset (their own words, not a paraphrase), or null. */
  @Nullable String directSpeakerAt(int offset) {
    Quote q = Quote.spokenAt(quotes, offset);
    return q == null || q.kind() != QuoteKind.DIRECT ? null : q.speaker();
  }

  /** The actor a holder token names, or null; group actors and pronoun mentions are added to the index. */
  @Nullable String resolve(Sentence s, int token) {
    Token t = s.tokens().get(token);
    ActorIndex.Entry acronym = ActorNames.isAcronym(t.word()) ? actors.at(t.begin()) : null;
    if (acronym != null) {
      return state(acronym).id(); // "the WHO does not recommend ...", tagged as the pronoun "who"
    }
    if ((t.isPos("WDT") || t.isPos("WP")) && s.head(token) >= 0) {
      int verb = s.head(token);
      String id = null;
      int noun = s.head(verb);
      if (s.relation(verb).startsWith("acl") && noun >= 0) {
        id = resolve(s, noun); // "the court, which rejected ...": the court
        if (id == null && s.relation(noun).equals("appos") && s.head(noun) >= 0) {
          id = resolve(s, s.head(noun)); // "Reed, a former State Senator who ...": Reed
        }
      }
      for (int j = token - 1; id == null && j >= 0 && j >= token - 2; j--) {
        if (s.head(j) == noun && s.relation(j).equals("compound")) {
          continue; // "a United States Representative who ...": a word of the noun, not who it is
        }
        ActorIndex.Entry left = actors.at(s.tokens().get(j).begin()); // the parse hung it elsewhere
        id = left == null ? null : left.id();
      }
      return id;
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    if (t.isPos("PRP") && FIRST_PERSON.contains(word)) {
      return speakerAt(t.begin());
    }
    String side = ownSide(s, token) ? speakerAt(t.begin()) : null;
    if (side != null) {
      return side; // "our team proposes ...", "my campaign backs ...", in the speaker's words: the speaker's
    }
    if (t.isPos("PRP") && BODY_PRONOUNS.contains(word)) {
      // "the union said it would ...": what an earlier stage took it for, else the body whose words hold it
      ActorIndex.Entry known = actors.at(t.begin());
      ActorIndex.Entry body = known != null ? known
          : antecedents.reportingBody(s, token, Quote.spokenAt(quotes, t.begin()));
      return body == null ? null : state(body).id();
    }
    String gender = lex.pronounGender(word);
    if (t.isPos("PRP") && gender != null && !gender.equals("n")) {
      return person(s, token, gender);
    }
    int whole = partOf(s, token);
    String ofWhole = whole < 0 ? null : resolve(s, whole);
    if (ofWhole != null) {
      return ofWhole;
    }
    String body = spokenFor(s, token);
    if (body != null) {
      return body;
    }
    ActorIndex.Entry e = actors.at(t.begin());
    e = e == null ? bySurname(s, token) : e;
    if (e != null) {
      return state(e).id();
    }
    for (String rel : List.of("appos", "compound", "flat")) {
      for (int c : Trees.children(s, token, rel)) {
        ActorIndex.Entry named = actors.at(s.tokens().get(c).begin());
        if (named != null && (rel.equals("appos") || named.kind() != ActorKind.COUNTRY)) {
          return named.id();
        }
      }
    }
    String titled = titledName(s, token);
    if (titled != null) {
      return titled; // "the Norwegian Prime Minister Halvard Lunde opposes ...", the name hung on the title as dep
    }
    if (t.isPos("NN") && stanceLex.isInstrument(t.lemma())) {
      return filer(s, token);
    }
    int owner = Trees.exactChild(s, token, "nmod:poss");
    boolean ownedByOther = owner >= 0 && !Trees.isPronoun(s.tokens().get(owner)); // "the teachers' union"
    if ("INSTITUTION".equals(lex.personWord(word)) && Trees.child(s, token, "amod") < 0 && !ownedByOther) {
      ActorIndex.Entry org = actors.recentOrganization(t.begin() + 1, word); // "the party", "the palace"
      return org == null ? null : org.id();
    }
    if (t.isPos("NN") && !t.isPos("NNS") && !t.isPos("NNP") && lex.isTitleWord(word)) {
      return byRole(word, t.begin());
    }
    return group(s, token);
  }

  /**
   * The person a title or role noun introduces when the parse hung the name on it as dep ("the Estonian President
   * Kadri Vaher"), as events' participants follow it; null if none.
   */
  private @Nullable String titledName(Sentence s, int token) {
    if (!lex.isRoleNoun(s.tokens().get(token).word())) {
      return null;
    }
    for (int c : Trees.children(s, token, "dep")) {
      ActorIndex.Entry named = c > token ? actors.at(s.tokens().get(c).begin()) : null;
      if (named != null && named.kind() == ActorKind.PERSON) {
        return named.id();
      }
    }
    return null;
  }

  /** "our team", "my campaign": a noun for the side the speaker belongs to, owned by "my" or "our". */
  private static boolean ownSide(Sentence s, int token) {
    int poss = Trees.exactChild(s, token, "nmod:poss");
    return poss >= 0 && SIDES.contains(Trees.lemma(s, token))
        && Set.of("my", "our").contains(Trees.lowerWord(s, poss));
  }

  /**
   * A surname standing alone that the actor stage left out of the mentions ("Novak is a critic of ..."): the one
   * person named before with that surname, whose mention it becomes; null if none or more than one.
   */
  private ActorIndex.@Nullable Entry bySurname(Sentence s, int token) {
    Token t = s.tokens().get(token);
    if (!t.isPos("NNP") || Trees.child(s, token, "compound", "flat") >= 0 || s.relation(token).equals("compound")
        || s.relation(token).equals("flat")) {
      return null; // part of a longer name: "Vladimir Putin", not "Putin"
    }
    ActorIndex.Entry found = actors.personBySurname(t.word(), t.begin());
    if (found != null) {
      actors.addMention(found, new Mention(t.begin(), t.end(), t.word()));
    }
    return found;
  }

  /**
   * "the spokesperson for the ministry", "a spokesman of the party": a role noun that names no one of its own
   * speaks for the body in its "for"/"of" phrase.
   */
  private @Nullable String spokenFor(Sentence s, int token) {
    Token t = s.tokens().get(token);
    if (!t.isPos("NN") || t.isPos("NNP") || !lex.isRoleNoun(t.word())) {
      return null;
    }
    for (int c : Trees.withCase(s, token, "for", "of")) {
      ActorIndex.Entry body = actors.at(s.tokens().get(c).begin());
      body = body == null ? governmentOf(s, c) : body;
      if (body != null && body.kind() != ActorKind.PERSON) {
        return state(body).id();
      }
    }
    return null;
  }


  /**
   * Who filed an instrument: "the state's lawsuit", "a motion from residents", "a lawsuit filed by the state",
   * "the council issued a statement condemning ...".
   */
  private @Nullable String filer(Sentence s, int token) {
    int poss = Trees.exactChild(s, token, "nmod:poss");
    if (poss >= 0) {
      return resolve(s, poss);
    }
    for (int c : Trees.children(s, token, "nmod")) {
      String cs = Trees.caseOf(s, c);
      if (cs.equals("by") || cs.equals("from")) {
        return resolve(s, c);
      }
    }
    for (int v : Trees.children(s, token, "acl")) {
      for (int c : Trees.children(s, v, "obl", "nmod")) {
        if (Trees.caseOf(s, c).equals("by")) {
          return resolve(s, c);
        }
      }
    }
    int head = s.head(token);
    int subject = head >= 0 && s.relation(token).equals("obj") ? Trees.exactChild(s, head, "nsubj") : -1;
    return subject >= 0 ? resolve(s, subject) : null; // "the minister sent a letter requesting ...": the sender
  }

  /** "the German government" where the actor stage left that phrase out: the country named, when it is an actor. */
  private @Nullable ActorIndex.Entry governmentOf(Sentence s, int token) {
    if (!GOVERNMENTS.contains(s.tokens().get(token).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int a : Trees.children(s, token, "amod", "compound", "nmod:poss")) {
      Gazetteer.Country c = lex.country(s.tokens().get(a).word());
      for (ActorIndex.Entry x : c == null ? List.<ActorIndex.Entry>of() : actors.entries()) {
        if (x.kind() == ActorKind.COUNTRY && c.iso3().equals(x.country())) {
          return x;
        }
      }
    }
    return null;
  }

  /** "the German government", "the Russian authorities": the state itself, when the text names it as an actor. */
  private ActorIndex.Entry state(ActorIndex.Entry e) {
    String[] words = e.name().split("\\s+");
    if (e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.PERSON || words.length != 2
        || !GOVERNMENTS.contains(words[1].toLowerCase(Locale.ROOT))) {
      return e;
    }
    Gazetteer.Country c = lex.country(words[0]);
    if (c == null) {
      return e;
    }
    for (ActorIndex.Entry x : actors.entries()) {
      if (x.kind() == ActorKind.COUNTRY && c.iso3().equals(x.country())) {
        return x;
      }
    }
    return e;
  }

  /**
   * "he", "she": the person an earlier stage already took it for (the quote stage, for a speaker), else the one
   * {@link Antecedents} finds ("Smith has backed the plan. He also condemned ..."); never the one whose own words
   * hold it.
   */
  private @Nullable String person(Sentence s, int token, String gender) {
    Token t = s.tokens().get(token);
    ActorIndex.Entry known = actors.at(t.begin());
    if (known != null) {
      return known.id().equals(directSpeakerAt(t.begin())) ? null : known.id(); // resolved by an earlier stage
    }
    ActorIndex.Entry p = antecedents.person(s, token, gender, Quote.spokenAt(quotes, t.begin()));
    if (p == null) {
      return null;
    }
    actors.addMention(p, new Mention(t.begin(), t.end(), t.word()));
    return p.id();
  }

  /** "the king", "the president": the person with that role mentioned last before the offset. */
  private @Nullable String byRole(String title, int offset) {
    ActorIndex.Entry best = null;
    int bestAt = -1;
    Pattern word = Pattern.compile("\\b" + Pattern.quote(title) + "\\b");
    for (ActorIndex.Entry e : actors.entries()) {
      if (e.kind() != ActorKind.PERSON || e.role() == null || !word.matcher(e.role().toLowerCase(Locale.ROOT)).find()) {
        continue;
      }
      int at = -1;
      for (Mention m : e.mentions()) {
        if (m.begin() < offset && m.begin() > at) {
          at = m.begin();
        }
      }
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best == null ? null : best.id();
  }

  /** The group a part is of ("two-thirds of the Democratic voters", "a majority of members"), or -1. */
  private static int partOf(Sentence s, int token) {
    Token t = s.tokens().get(token);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (word.equals("one") || !(t.isPos("CD") || PARTS.contains(word))) {
      return -1; // "one of the senators" is someone, not the senators
    }
    for (int c : Trees.children(s, token, "nmod")) {
      if (Trees.caseOf(s, c).equals("of")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether a token may name who gives support or the like: a named actor, a body ("the union"), or people
   * ("young voters", "most members"); not a thing ("the support of the plan").
   */
  boolean mayHold(Sentence s, int token) {
    Token t = s.tokens().get(token);
    String word = t.word().toLowerCase(Locale.ROOT);
    return actors.at(t.begin()) != null || lex.personWord(word) != null || stanceLex.isHolderGroup(word);
  }

  /** A plural group noun with a modifier that says whose ("Danish and Dutch ministers"), as a group actor. */
  private @Nullable String group(Sentence s, int head) {
    Token t = s.tokens().get(head);
    String word = t.word().toLowerCase(Locale.ROOT);
    boolean groupNoun = (t.isPos("NNS") || t.isPos("NNPS"))
        && ("GROUP".equals(lex.personWord(word)) || stanceLex.isHolderGroup(word) || t.isPos("NNPS"));
    if (!groupNoun) {
      return null;
    }
    TreeSet<Integer> keep = new TreeSet<>();
    keep.add(head);
    for (int c : Trees.children(s, head, "amod", "compound", "nmod:poss")) {
      keep.addAll(Trees.subtree(s, c));
    }
    keep.removeIf(k -> QUANTIFIERS.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))
        || s.tokens().get(k).isPos(","));
    while (!keep.isEmpty() && keep.first() < head && !contiguous(keep)) {
      keep.remove(keep.first());
    }
    if (keep.size() < 2 && !t.isPos("NNPS") && !stanceLex.isCamp(word)) {
      return null; // "the leaders": no one in particular
    }
    int b = s.tokens().get(keep.first()).begin();
    int e = s.tokens().get(keep.last()).end();
    String name = text.substring(b, e);
    return actors.group(name, new Mention(b, e, name)).id();
  }

  private static boolean contiguous(TreeSet<Integer> keep) {
    return keep.last() - keep.first() + 1 == keep.size();
  }
}
