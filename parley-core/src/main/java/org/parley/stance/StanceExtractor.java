package org.parley.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.actors.ActorIndex;
import org.parley.lexicon.Gazetteer;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issue;
import org.parley.model.Issues;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.TimeValue;

/**
 * Who stands where: issues actors take positions on, and each actor's polarity with its evidence.
 *
 * <p>Three readings of each sentence, all from its dependency tree: position-taking predicates of
 * {@code predicates.tsv} with their holder (subject, possessor, agent, or the speaker of the quote they stand in)
 * and their issue (object, clause, prepositional phrase); evaluative words in quoted or reported copular clauses
 * ("the decree is unlawful"); and obligations in quoted or reported speech ("parliament must be recalled").
 * Negation, hedges, questions and conditionals are read on the predicate; pronouns and shell nouns ("a move
 * hailed by ...") refer back to the issue or stance before them. Issues are merged by key (synonym row or
 * normalised label) and, when the {@link IssueMerger} has an embedder, by the similarity of their labels. Each
 * stance is dated by {@link StanceDates}.
 */
public final class StanceExtractor {
  public static final String NAME = "stances";

  private final StanceLexicon lex;
  private final Gazetteer gazetteer;
  private final IssueMerger merger;

  StanceExtractor(StanceLexicon lex, Gazetteer gazetteer, IssueMerger merger) {
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.merger = merger;
  }

  /** Issues merged by synonyms and lemmas only. */
  public StanceExtractor() {
    this(IssueMerger.lexical());
  }

  /** Issues merged by {@code merger}: the same issue named differently in one document is one issue. */
  public StanceExtractor(IssueMerger merger) {
    this(StanceLexicon.get(), Gazetteer.get(), java.util.Objects.requireNonNull(merger, "merger"));
  }

  public String name() {
    return NAME;
  }

  public StanceResult extract(AnnotatedDocument doc, ActorIndex actors, List<Quote> quotes, List<TimeValue> times,
      Issues issues) {
    IssueBook book = new IssueBook(IssueKeys.get());
    Holders holders = new Holders(actors, gazetteer, lex, quotes, doc.text(), doc.sentences());
    StanceReader reader = new StanceReader(lex, book, holders, actors, doc, new StanceDates(doc, times));
    for (Sentence s : doc.sentences()) {
      reader.read(s);
    }
    List<Stance> found = reader.found();
    Set<String> used = new HashSet<>();
    for (Stance st : found) {
      used.add(st.issue());
    }
    List<Issue> kept = new ArrayList<>();
    for (Issue i : book.issues()) {
      if (used.contains(i.id())) {
        kept.add(i);
      }
    }
    int[] groups = merger.groups(kept);
    Map<String, String> into = new HashMap<>();
    List<Issue> merged = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      into.put(kept.get(k).id(), kept.get(groups[k]).id());
      if (groups[k] == k) {
        merged.add(kept.get(k));
      }
    }
    List<Stance> stances = new ArrayList<>();
    for (Stance st : found) {
      stances.add(st.withIssue(into.get(st.issue())));
    }
    return new StanceResult(merged, distinct(stances));
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
