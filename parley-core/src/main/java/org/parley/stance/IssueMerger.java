package org.parley.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.lexicon.Tsv;
import org.parley.model.Issue;
import org.parley.util.Nullable;

/**
 * Decides which issues are one, within a document and across documents. Equal {@link Issue#key() keys} (synonym
 * row or normalised label) always are. With a {@link PhraseEmbedder}, two issues are also one when the cosine
 * similarity of their labels reaches the threshold, unless the synonym table names them as two different issues
 * ("a truce" and "a peace treaty"), they carry different numbers ("2% of GDP", "5% of GDP"), or either is an actor.
 * Groups are formed greedily in order: an issue joins the first group whose first issue it matches (no chaining).
 * Thread-safe.
 */
public final class IssueMerger {
  /**
   * Cosine similarity of all-MiniLM-L6-v2 label embeddings from which two issues are one; measured on issue pairs
   * of the seed and development articles (see README, "Issues across documents").
   */
  public static final double DEFAULT_THRESHOLD = 0.80;

  /** Each row's two sides: words that make an issue the opposite of one with a word of the other side. */
  private static final List<List<Set<String>>> OPPOSITES = opposites();

  private static final int MAX_CACHED = 50_000;
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
  private static final IssueMerger LEXICAL = new IssueMerger(IssueKeys.get(), null, 1.0);

  private final IssueKeys keys;
  private final @Nullable PhraseEmbedder embedder;
  private final double threshold;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

  /**
   * @param embedder null for lexical merging only
   * @param threshold cosine similarity in (0, 1] from which labels name one issue
   */
  public IssueMerger(IssueKeys keys, @Nullable PhraseEmbedder embedder, double threshold) {
    this.keys = Objects.requireNonNull(keys, "keys");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.embedder = embedder;
    this.threshold = threshold;
  }

  /** Merging by keys alone: synonyms, lemmas and normalised labels. */
  public static IssueMerger lexical() {
    return LEXICAL;
  }

  /** Whether this merger compares labels by their embeddings (beyond equal keys). */
  public boolean usesEmbeddings() {
    return embedder != null;
  }

  /** Whether two issues are one. */
  public boolean same(Issue a, Issue b) {
    if (a.key().equals(b.key())) {
      return true;
    }
    if (embedder == null || isActor(a) || isActor(b)) {
      return false;
    }
    String rowA = keys.row(a.label());
    String rowB = keys.row(b.label());
    if (rowA != null && rowB != null && !rowA.equals(rowB)) {
      return false;
    }
    if (!numbers(a.label()).equals(numbers(b.label()))) {
      return false;
    }
    Set<String> wordsA = words(a.label());
    Set<String> wordsB = words(b.label());
    if (opposite(wordsA, wordsB) || !wordsA.equals(wordsB) && (wordsA.containsAll(wordsB)
        || wordsB.containsAll(wordsA))) {
      return false;
    }
    return similarity(a.label(), b.label()) >= threshold;
  }

  /** The cosine similarity of two labels' embeddings; 0 without an embedder. */
  public double similarity(String a, String b) {
    if (embedder == null) {
      return 0;
    }
    float[] x = vector(a);
    float[] y = vector(b);
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int k = 0; k < x.length; k++) {
      dot += x[k] * y[k];
      nx += x[k] * x[k];
      ny += y[k] * y[k];
    }
    return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
  }

  /**
   * For each issue, the index of the first issue of its group (itself when it starts one): an issue joins the
   * first earlier group whose first issue it is {@link #same} as.
   */
  public int[] groups(List<Issue> issues) {
    int[] out = new int[issues.size()];
    List<Integer> heads = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      out[i] = i;
      for (int h : heads) {
        if (same(issues.get(h), issues.get(i))) {
          out[i] = h;
          break;
        }
      }
      if (out[i] == i) {
        heads.add(i);
      }
    }
    return out;
  }

  private float[] vector(String label) {
    if (vectors.size() > MAX_CACHED) {
      vectors.clear(); // a long-running server or watch keeps at most this many labels' vectors
    }
    return vectors.computeIfAbsent(label, l -> embedder.embed(l));
  }

  private static boolean isActor(Issue i) {
    return i.key().startsWith(IssueBook.ACTOR_KEY);
  }

  /** The label's normalised words without prepositions: "tariffs on steel" -> {tariff, steel}. */
  private static Set<String> words(String label) {
    Set<String> out = new HashSet<>(Arrays.asList(IssueKeys.normalize(label).split(" ")));
    out.removeAll(IssueKeys.PREPOSITIONS);
    return out;
  }

  /** Whether one label has a word of one side of a row and the other a word of its other side only. */
  private static boolean opposite(Set<String> a, Set<String> b) {
    for (List<Set<String>> row : OPPOSITES) {
      if (oneSide(a, row.get(0), row.get(1)) && oneSide(b, row.get(1), row.get(0))
          || oneSide(a, row.get(1), row.get(0)) && oneSide(b, row.get(0), row.get(1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean oneSide(Set<String> words, Set<String> side, Set<String> other) {
    return !Collections.disjoint(words, side) && Collections.disjoint(words, other);
  }

  private static List<List<Set<String>>> opposites() {
    List<List<Set<String>>> out = new ArrayList<>();
    for (String[] r : Tsv.read("/org/parley/stance/issue-opposites.tsv", 2, 2)) {
      out.add(List.of(side(r[0]), side(r[1])));
    }
    return List.copyOf(out);
  }

  private static Set<String> side(String cell) {
    Set<String> out = new HashSet<>();
    for (String w : Tsv.alternatives(cell)) {
      out.add(IssueKeys.normalize(w));
    }
    return Set.copyOf(out);
  }

  private static List<String> numbers(String label) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(label);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
