package org.parley.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.actors.ActorIndex;
import org.parley.lexicon.Gazetteer;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issue;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.TimeValue;
import org.parley.pipeline.Issues;

/**
 * Who stands where: issues actors take positions on, and each actor's polarity with its evidence.
 *
 * <p>Three readings of each sentence, all from its dependency tree: position-taking predicates of
 * {@code predicates.tsv} with their holder (subject, possessor, agent, or the speaker of the quote they stand in)
 * and their issue (object, clause, prepositional phrase); evaluative words in quoted or reported copular clauses
 * ("the decree is unlawful"); and obligations in quoted or reported speech ("parliament must be recalled").
 * Negation, hedges, questions and conditionals are read on the predicate; pronouns and shell nouns ("a move
 * hailed by ...") refer back to the issue or stance before them. Issues are merged by label and synonym.
 */
public final class StanceExtractor {
  public static final String NAME = "stances";

  private final StanceLexicon lex;
  private final Gazetteer gazetteer;

  StanceExtractor(StanceLexicon lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  public StanceExtractor() {
    this(StanceLexicon.get(), Gazetteer.get());
  }

  public String name() {
    return NAME;
  }

  public StanceResult extract(AnnotatedDocument doc, ActorIndex actors, List<Quote> quotes, List<TimeValue> times,
      Issues issues) {
    IssueBook book = new IssueBook(lex);
    Holders holders = new Holders(actors, gazetteer, lex, quotes, doc.text());
    StanceReader reader = new StanceReader(lex, book, holders, actors, doc);
    for (Sentence s : doc.sentences()) {
      reader.read(s);
    }
    List<Stance> stances = distinct(reader.found());
    Set<String> used = new HashSet<>();
    for (Stance st : stances) {
      used.add(st.issue());
    }
    List<Issue> kept = new ArrayList<>();
    for (Issue i : book.issues()) {
      if (used.contains(i.id())) {
        kept.add(i);
      }
    }
    return new StanceResult(kept, stances);
  }

  /** One stance per actor, issue and polarity: the first evidence found. */
  private static List<Stance> distinct(List<Stance> found) {
    Map<String, Stance> out = new LinkedHashMap<>();
    for (Stance s : found) {
      out.putIfAbsent(s.actor() + "\u0000" + s.issue() + "\u0000" + s.polarity(), s);
    }
    return List.copyOf(out.values());
  }
}
