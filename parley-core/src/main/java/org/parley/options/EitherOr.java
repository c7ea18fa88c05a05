package org.parley.options;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** "The coalition will either call elections or form a government": a set of two options. */
final class EitherOr {
  private static final Set<String> MODAL_OR_TO = Set.of("will", "would", "could", "can", "may", "might", "must",
      "should", "shall", "to", "'ll", "wo", "ca");

  private final Likelihood lex;

  EitherOr(Likelihood lex) {
    this.lex = lex;
  }

  void either(String text, Sentence s, List<Draft> out) {
    List<Token> t = s.tokens();
    for (Token e : t) {
      String rel = s.relation(e.index());
      if (!e.word().equalsIgnoreCase("either") || !(rel.startsWith("cc") || rel.equals("advmod"))) {
        continue;
      }
      int x = s.head(e.index());
      if (x < 0 || !open(s, x)) {
        continue;
      }
      for (var d : s.children(x)) {
        if (!d.relation().equals("conj")) {
          continue;
        }
        int y = d.dependent();
        int or = -1;
        for (var c : s.children(y)) {
          if (c.relation().equals("cc") && t.get(c.dependent()).word().equalsIgnoreCase("or")) {
            or = c.dependent();
          }
        }
        if (or < 0 || or <= e.index()) {
          continue;
        }
        int yEnd = y;
        for (var c : s.children(y)) {
          yEnd = Math.max(yEnd, OptionText.lastToken(s, c.dependent()));
        }
        String first = OptionText.clean(text.substring(e.end(), t.get(or).begin()));
        String second = OptionText.clean(text.substring(t.get(or).end(), t.get(yEnd).end()));
        if (first.isEmpty() || second.isEmpty() || OptionText.words(first) > OptionText.MAX_LABEL_WORDS
            || OptionText.words(second) > OptionText.MAX_LABEL_WORDS) {
          continue;
        }
        String set = OptionText.clean(text.substring(s.begin(), t.get(yEnd).end())); // "The coalition will either ... or ..."
        int fb = text.indexOf(first, e.end());
        int sb = text.indexOf(second, t.get(or).end());
        out.add(new Draft(set, first, lex.first(first, fb), fb, fb + first.length()));
        out.add(new Draft(set, second, lex.first(second, sb), sb, sb + second.length()));
        return;
      }
    }
  }

  /**
   * Whether "either X or Y" offers a choice still open: X is a noun or a base-form verb, and the clause it
   * stands in is future, modal or infinitive ("will either resign or call elections"), not a past report
   * ("either fell or stayed flat").
   */
  private static boolean open(Sentence s, int x) {
    Token t = s.tokens().get(x);
    int clause = x;
    if (t.isPos("NN")) {
      clause = s.head(x);
      if (clause < 0) {
        return false;
      }
    } else if (!t.isPos("VB") || t.isPos("VBD") || t.isPos("VBN") || t.isPos("VBZ") || t.isPos("VBP")
        || t.isPos("VBG")) {
      return t.isPos("VB") && t.pos().equals("VB");
    }
    Token c = s.tokens().get(clause);
    if (!c.isPos("VB")) {
      return false;
    }
    for (var d : s.children(clause)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if ((d.relation().startsWith("aux") || d.relation().equals("mark"))
          && MODAL_OR_TO.contains(w)) {
        return true;
      }
    }
    return c.pos().equals("VB");
  }
}
