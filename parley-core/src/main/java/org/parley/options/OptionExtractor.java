package org.parley.options;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issues;
import org.parley.model.Option;
import org.parley.model.Sentence;

/**
 * Which options are on the table: enumerated options with their estimative likelihood (ICD-203 bands).
 *
 * <p>Sets come from a line announcing them ("Three outcomes are possible:") followed by one item a
 * line ("Talks - This is the most likely."), from an inline list ("options include X, Y or Z"), and from
 * "either X or Y". Each item takes the first likelihood phrase of its own words ({@code likelihood.tsv});
 * comparatives ("more probable", "least likely") order the items of a set; rank 1 is the most likely.
 * Likelihood statements outside any set ("a deal is unlikely this year") are kept as one-item options of the
 * set {@link #STATEMENTS}.
 */
public final class OptionExtractor {
  public static final String NAME = "options";
  /** The set of likelihood statements that belong to no enumerated set. */
  public static final String STATEMENTS = "Likelihood statements";

  private final ListedOptions listed;
  private final EitherOr either;
  private final LikelihoodStatements statements;

  OptionExtractor(Likelihood lex) {
    this.listed = new ListedOptions(lex);
    this.either = new EitherOr(lex);
    this.statements = new LikelihoodStatements(lex);
  }

  public OptionExtractor() {
    this(Likelihood.get());
  }

  public String name() {
    return NAME;
  }

  public List<Option> extract(AnnotatedDocument doc, Issues issues) {
    List<Draft> drafts = new ArrayList<>();
    listed.lineLists(doc.text(), drafts);
    for (Sentence s : doc.sentences()) {
      if (!covered(drafts, s.begin(), s.end())) {
        listed.inlineList(doc.text(), s, drafts);
      }
      if (!covered(drafts, s.begin(), s.end())) {
        either.either(doc.text(), s, drafts);
      }
    }
    for (Sentence s : doc.sentences()) {
      if (!covered(drafts, s.begin(), s.end())) {
        statements.statement(doc.text(), s, drafts);
      }
    }
    return Ranking.ranked(drafts);
  }

  private static boolean covered(List<Draft> drafts, int begin, int end) {
    for (Draft d : drafts) {
      if (d.begin() < end && begin < d.end()) {
        return true;
      }
    }
    return false;
  }
}
