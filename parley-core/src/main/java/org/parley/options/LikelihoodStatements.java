package org.parley.options;

import java.util.List;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Likelihood statements outside any set ("talks are unlikely to resume", "the vote will probably be delayed"):
 * one-item options of the set {@link OptionExtractor#STATEMENTS}.
 */
final class LikelihoodStatements {
  private final Likelihood lex;

  LikelihoodStatements(Likelihood lex) {
    this.lex = lex;
  }

  /** "Talks are unlikely to resume", "the vote will probably be delayed": one-item options. */
  void statement(String text, Sentence s, List<Draft> out) {
    String st = text.substring(s.begin(), s.end());
    if (st.strip().endsWith("?")) {
      return;
    }
    Likelihood.Cue cue = lex.first(st, s.begin());
    if (cue == null) {
      return;
    }
    Token word = null;
    for (Token t : s.tokens()) {
      if (t.begin() >= cue.begin() && t.end() <= cue.end()) {
        word = t; // the last word of the phrase: "certainly" of "almost certainly"
      }
    }
    if (word == null) {
      return;
    }
    int clause = clauseOf(s, word);
    if (clause < 0) {
      return;
    }
    int first = clause;
    int last = clause;
    for (var c : s.children(clause)) {
      String r = c.relation();
      if (r.startsWith("nsubj") || r.equals("obj") || r.startsWith("obl") || r.equals("xcomp")
          || r.startsWith("aux") || r.equals("cop") || r.equals("advmod") || r.equals("compound:prt")) {
        first = Math.min(first, OptionText.firstToken(s, c.dependent()));
        last = Math.max(last, OptionText.lastToken(s, c.dependent()));
      }
    }
    int b = s.tokens().get(first).begin();
    int e = s.tokens().get(last).end();
    String label = OptionText.clean(text.substring(b, e));
    if (OptionText.words(label) < 2 || OptionText.words(label) > 2 * OptionText.MAX_LABEL_WORDS) {
      return;
    }
    out.add(new Draft(OptionExtractor.STATEMENTS, label, cue, b, e));
  }

  /**
   * The clause a likelihood word qualifies: the verb an adverb modifies ("will probably resign"), the
   * predicate an adjective is ("is likely to resign", "a deal is unlikely"), the clause a "chance of" opens;
   * -1 for an attributive use ("the likely winner").
   */
  private static int clauseOf(Sentence s, Token word) {
    String rel = s.relation(word.index());
    if (word.isPos("RB") && rel.equals("advmod") && s.head(word.index()) >= 0
        && s.tokens().get(s.head(word.index())).isPos("VB") && !s.tokens().get(s.head(word.index())).isPos("VBG")) {
      return s.head(word.index());
    }
    if (word.isPos("JJ") && !rel.equals("amod")) {
      boolean predicate = false;
      for (var c : s.children(word.index())) {
        predicate |= c.relation().equals("cop") || c.relation().equals("xcomp") || c.relation().startsWith("nsubj");
      }
      return predicate ? word.index() : -1;
    }
    return -1;
  }
}
