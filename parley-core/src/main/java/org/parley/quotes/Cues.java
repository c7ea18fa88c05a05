package org.parley.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.util.Nullable;

/** The cue lexicon ({@code cues.tsv}): words that attribute words to a speaker, with their class. */
public final class Cues {
  private static final Cues DEFAULT = new Cues("/org/parley/quotes/cues.tsv");

  /** The class of a phrasal verb that is no cue though its verb is one: "called off the search". */
  private static final String NONE = "none";

  private final Map<String, String> verbs = new HashMap<>();
  private final Map<String, String> nouns = new HashMap<>();
  private final Set<String> listenerVerbs = new HashSet<>();
  private final Set<String> clauseVerbs = new HashSet<>();
  private final Set<String> mediumNouns = new HashSet<>();

  private Cues(String resource) {
    for (String[] r : Tsv.read(resource, 3, 4)) {
      String lemma = r[0].toLowerCase(Locale.ROOT);
      (r[1].equals("NOUN") ? nouns : verbs).put(lemma, r[2]);
      for (String flag : r[3].split(",")) {
        switch (flag.strip()) {
          case "listener" -> listenerVerbs.add(lemma);
          case "clause" -> clauseVerbs.add(lemma);
          case "medium" -> mediumNouns.add(lemma);
          case "" -> { }
          default -> throw new IllegalStateException(
              "cues.tsv: flag of '" + lemma + "' must be listener, clause or medium, was '" + flag + "'");
        }
      }
    }
  }

  public static Cues get() {
    return DEFAULT;
  }

  /**
   * Whether the verb's direct object is whom the words were addressed to ("told reporters", "warned Moscow"), not
   * what was said ("announced the plan").
   */
  public boolean takesListener(Token verb) {
    return listenerVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the verb has senses that report nothing ("observed a minute's silence", "pledged funds", "directed the
   * film", "posted a time"): it reports words only with a clause, an infinitive, a quotation or a speech noun after it.
   */
  public boolean needsClause(Token verb) {
    return clauseVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether a common noun names words said or written ("statement", "letter", "warning"): a cue noun. */
  public boolean isSpeechNoun(Sentence s, Token noun) {
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    return noun.isPos("NN") && !noun.isPos("NNP") && nouns.containsKey(lemma)
        && (!mediumNouns.contains(lemma) || published(s, noun.index()));
  }

  /** Media that words are posted on: "a Facebook post", "a blog post", "a post on social media". */
  private static final Set<String> MEDIA = Set.of("facebook", "twitter", "instagram", "blog", "linkedin", "tiktok",
      "telegram", "reddit", "weibo", "wechat", "youtube", "truth", "substack", "threads", "bluesky", "mastodon",
      "social", "online", "internet", "web", "website", "forum", "media", "x", "vk", "vkontakte", "snapchat");

  /**
   * A noun that names words only when published (a "medium" noun: "post") does so here: with a medium before it ("a
   * Facebook post", "a blog post"), "on" a medium or account ("her post on X", "a post on his website"), or as where
   * something was said ("in a post, she wrote"); not "a border post", "a police post", "his post as minister".
   */
  private static boolean published(Sentence s, int noun) {
    boolean said = false;
    boolean placed = false;
    for (Dependency d : s.children(noun)) {
      String r = d.relation();
      int c = d.dependent();
      String lemma = s.tokens().get(c).lemma().toLowerCase(Locale.ROOT);
      if ((r.equals("compound") || r.equals("amod")) && MEDIA.contains(lemma)) {
        return true;
      }
      if (r.startsWith("nmod") && !r.equals("nmod:poss")) {
        String prep = caseWord(s, c);
        if ("as".equals(prep)) {
          return false; // "his post as minister": an office
        }
        said |= "on".equals(prep) && !lemma.equals("border") && !lemma.equals("frontier");
        placed |= !"on".equals(prep) && !"by".equals(prep); // "in a post near the border"
      } else if (r.equals("compound") || r.equals("amod")) {
        placed = true; // "in a military post"
      }
    }
    String r = s.relation(noun);
    return said || !placed && r.equals("obl") && "in".equals(caseWord(s, noun));
  }

  private static @Nullable String caseWord(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("case")) {
        return s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * The cue class ("speech", "tag", "appeal", "evaluate", "stance", "finding", "belief") of a token in its sentence,
   * or null when it is no cue. A present participle used as an adjective ("the ruling party") is no cue. A phrasal verb
   * ("point out") is looked up with its particle first; one of class "none" ("call off") is no cue.
   */
  public @Nullable String classOf(Sentence s, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.isPos("VB") && s.relation(t.index()).equals("case")) {
      return null; // a participle used as a preposition: "an exchange regarding Airbus", "concerning the deal"
    }
    if (t.isPos("VB") && !adjective(s, t)) {
      for (Dependency d : s.children(t.index())) {
        if (d.relation().equals("compound:prt")) {
          String phrasal = verbs.get(lemma + " " + s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT));
          if (phrasal != null) {
            return phrasal.equals(NONE) ? null : phrasal;
          }
        }
      }
      if (t.index() + 1 < s.tokens().size() && s.tokens().get(t.index() + 1).isPos("IN")) {
        // a verb with a preposition of its own: "hails from Seattle" (listed as none) is no cue
        String prepositional = verbs.get(lemma + " " + s.tokens().get(t.index() + 1).word().toLowerCase(Locale.ROOT));
        if (NONE.equals(prepositional)) {
          return null;
        }
      }
      return verbs.get(lemma);
    }
    if (t.isPos("NN") && !t.isPos("NNP")) {
      // a common noun only: "the Post reported" names a newspaper, not a post
      return mediumNouns.contains(lemma) && !published(s, t.index()) ? null : nouns.get(lemma);
    }
    return null;
  }

  /**
   * A participle that modifies the noun after it, right after an article, possessive, adjective, adverb or number
   * ("the ruling party", "its governing coalition", "the state's 41 pledged delegates"); the parser's loose "amod" for a verb after a
   * preposition or a name ("in blaming Iran", "has since declared victory") is still a verb.
   */
  private static boolean adjective(Sentence s, Token t) {
    boolean past = t.pos().equals("VBN") || t.pos().equals("VBD"); // the tagger reads "41 pledged delegates" as VBD
    boolean participle = t.pos().equals("VBG") || past && s.head(t.index()) > t.index();
    if (!s.relation(t.index()).equals("amod") || !participle || t.index() == 0) {
      return false;
    }
    Token before = s.tokens().get(t.index() - 1);
    return before.isPos("DT") || before.isPos("PRP$") || before.isPos("POS") || before.isPos("JJ")
        || before.isPos("RB") || before.isPos("CD");
  }
}
