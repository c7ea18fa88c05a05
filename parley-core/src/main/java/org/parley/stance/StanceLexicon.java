package org.parley.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.model.Token;
import org.parley.util.Nullable;

/**
 * The stance lexicons, loaded once: position-taking predicates ({@code predicates.tsv}), evaluative words
 * ({@code evaluations.tsv}), collective holder nouns
 * ({@code holder-groups.tsv}), verbs that undo their object ({@code reversals.tsv}) and instruments filed by
 * someone ({@code instruments.tsv}).
 */
final class StanceLexicon {
  private static final String DIR = "/org/parley/stance/";
  private static final StanceLexicon DEFAULT = new StanceLexicon();

  /** Part of speech of a predicate's head word. */
  enum Pos { V, N, A }

  /**
   * One row of {@code predicates.tsv}.
   *
   * @param extra words that must hang on the head word ("out" of "rule out"), lower case
   * @param polarity the stance when not negated, or null
   * @param negated the stance when negated, or null
   */
  record Predicate(String head, List<String> extra, Pos pos, List<String> slots, @Nullable Polarity polarity,
      @Nullable Polarity negated) {}

  private final Map<String, List<Predicate>> predicates = new HashMap<>();
  private final Map<String, Polarity> evaluations = new HashMap<>();
  private final Set<String> holderGroups = new HashSet<>();
  private final Set<String> camps = new HashSet<>();
  private final Set<String> reversals = new HashSet<>();
  private final Set<String> instruments = new HashSet<>();
  private final Set<String> measures = new HashSet<>();
  private final Set<String> publicMatters = new HashSet<>();

  private StanceLexicon() {
    String file = DIR + "predicates.tsv";
    for (String[] r : Tsv.read(file, 5, 6)) {
      String[] words = r[0].toLowerCase(Locale.ROOT).split("\\s+");
      Pos pos = Pos.valueOf(r[1]);
      Predicate p = new Predicate(words[0], List.of(words).subList(1, words.length), pos,
          Tsv.alternatives(r[2]), Polarity.parse(r[3], file), Polarity.parse(r[4], file));
      predicates.computeIfAbsent(words[0] + "/" + pos, k -> new ArrayList<>()).add(p);
    }
    file = DIR + "evaluations.tsv";
    for (String[] r : Tsv.read(file, 2, 3)) {
      evaluations.put(r[0].toLowerCase(Locale.ROOT), Polarity.parse(r[1], file));
    }
    for (String[] r : Tsv.read(DIR + "holder-groups.tsv", 1, 2)) {
      holderGroups.add(r[0].toLowerCase(Locale.ROOT));
      if (r.length > 1 && r[1].equals("alone")) {
        camps.add(r[0].toLowerCase(Locale.ROOT));
      }
    }
    for (String[] r : Tsv.read(DIR + "reversals.tsv", 1, 2)) {
      reversals.add(r[0].toLowerCase(Locale.ROOT));
    }
    for (String[] r : Tsv.read(DIR + "instruments.tsv", 1, 1)) {
      instruments.add(r[0].toLowerCase(Locale.ROOT));
    }
    for (String[] r : Tsv.read(DIR + "measures.tsv", 1, 2)) {
      measures.add(r[0].toLowerCase(Locale.ROOT));
    }
    for (String[] r : Tsv.read(DIR + "public-matters.tsv", 1, 2)) {
      publicMatters.add(r[0].toLowerCase(Locale.ROOT));
    }
  }

  static StanceLexicon get() {
    return DEFAULT;
  }

  /** The predicate rows whose head word is this token (by lemma or surface form), in file order. */
  List<Predicate> predicates(Token t) {
    List<Predicate> out = new ArrayList<>();
    for (Pos pos : posesOf(t)) {
      out.addAll(predicates.getOrDefault(lower(t.lemma()) + "/" + pos, List.of()));
      if (!lower(t.word()).equals(lower(t.lemma()))) {
        out.addAll(predicates.getOrDefault(lower(t.word()) + "/" + pos, List.of()));
      }
    }
    return out;
  }

  /** The polarity an evaluative word carries, or null when it does not judge. */
  @Nullable Polarity evaluation(Token t) {
    Polarity p = evaluations.get(lower(t.lemma()));
    return p != null ? p : evaluations.get(lower(t.word()));
  }

  /** Whether a verb undoes or stops its object ("overturn", "lift"). */
  boolean isReversal(String lemma) {
    return reversals.contains(lower(lemma));
  }

  /** Whether a noun names a measure, decision, proceeding or statement ("inquiry", "ruling", "tweet"). */
  boolean isMeasure(String lemma) {
    return measures.contains(lower(lemma));
  }

  /** Whether a word belongs to public life ("tax", "council", "election"): see {@code public-matters.tsv}. */
  boolean isPublicMatter(String lemma) {
    return publicMatters.contains(lower(lemma));
  }

  /** Whether a noun is an instrument someone files ("lawsuit", "motion"): its filer holds its positions. */
  boolean isInstrument(String lemma) {
    return instruments.contains(lower(lemma));
  }

  boolean isHolderGroup(String word) {
    return holderGroups.contains(lower(word));
  }

  /** Whether a plural names a camp by itself, with no modifier ("conservatives", "protesters"). */
  boolean isCamp(String word) {
    return camps.contains(lower(word));
  }

  /** A past participle may be a verb ("was trusted") or an adjective ("was disappointed"). */
  private static List<Pos> posesOf(Token t) {
    if (t.isPos("VBN")) {
      return List.of(Pos.V, Pos.A);
    }
    if (t.isPos("VB")) {
      return List.of(Pos.V);
    }
    if (t.isPos("JJ")) {
      return List.of(Pos.A);
    }
    if (t.isPos("NN")) {
      return List.of(Pos.N);
    }
    return List.of();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
