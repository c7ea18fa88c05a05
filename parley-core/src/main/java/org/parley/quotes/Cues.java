package org.parley.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.lexicon.Tsv;
import org.parley.model.Token;
import org.parley.util.Nullable;

/** The cue lexicon ({@code cues.tsv}): words that attribute words to a speaker, with their class. */
public final class Cues {
  private static final Cues DEFAULT = new Cues("/org/parley/quotes/cues.tsv");

  private final Map<String, String> verbs = new HashMap<>();
  private final Map<String, String> nouns = new HashMap<>();

  private Cues(String resource) {
    for (String[] r : Tsv.read(resource, 3, 3)) {
      (r[1].equals("NOUN") ? nouns : verbs).put(r[0].toLowerCase(Locale.ROOT), r[2]);
    }
  }

  public static Cues get() {
    return DEFAULT;
  }

  /** The cue class ("speech", "appeal", "evaluate", "stance") of a token, or null when it is no cue. */
  public @Nullable String classOf(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.isPos("VB")) {
      return verbs.get(lemma);
    }
    if (t.isPos("NN")) {
      return nouns.get(lemma);
    }
    return null;
  }
}
