package org.parley.stance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.util.Nullable;

/**
 * The lexical identity of an issue, the same for every document: its row of {@code issue-synonyms.tsv} ("a truce",
 * "halting the fighting" -> "ceasefire"), else its normalised label. Normalising lowers case, drops accents,
 * punctuation, determiners and possessives, and reduces plural nouns to the singular, so that "the security
 * guarantees" and "security guarantee" are one key. Immutable and thread-safe.
 */
public final class IssueKeys {
  private static final String FILE = "/org/parley/stance/issue-synonyms.tsv";
  private static final Set<String> DROP = Set.of("the", "a", "an", "any", "some", "this", "that", "these",
      "those", "its", "their", "his", "her", "our", "my", "your", "s");
  /** Words after which a leading phrase is complete: "referendum | before any border change". */
  static final Set<String> PREPOSITIONS = Set.of("before", "after", "for", "with", "in", "on", "to", "of",
      "between", "from", "by", "against", "over", "at", "without", "within");
  /** Endings that look plural but are not: "crisis", "status", "process", "news". */
  private static final List<String> NOT_PLURAL = List.of("ss", "us", "is", "ews", "ics");
  /** Declared after the word lists its construction uses. */
  private static final IssueKeys DEFAULT = new IssueKeys(Tsv.read(FILE, 2, 3));

  /** Normalised variant -> its row's normalised label. */
  private final Map<String, String> rows = new HashMap<>();

  IssueKeys(List<String[]> synonymRows) {
    for (String[] r : synonymRows) {
      String label = normalize(r[0]);
      rows.put(label, label);
      for (String v : Tsv.alternatives(r[1])) {
        rows.put(normalize(v), label);
      }
    }
  }

  /** The keys of the synonym table shipped with Parley. */
  public static IssueKeys get() {
    return DEFAULT;
  }

  /** Lower case, no accents, punctuation, determiners or possessives, nouns singular, words one space apart. */
  public static String normalize(String phrase) {
    String s = Normalizer.normalize(phrase, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    StringBuilder out = new StringBuilder();
    for (String w : s.split("[^\\p{L}\\p{N}%]+")) {
      if (w.isEmpty() || DROP.contains(w)) {
        continue;
      }
      out.append(out.length() == 0 ? "" : " ").append(singular(w));
    }
    return out.toString();
  }

  /** "guarantees" -> "guarantee", "talks" -> "talk", "parties" -> "party"; "crisis", "status" kept. */
  static String singular(String w) {
    if (w.length() <= 3 || !w.endsWith("s") || !w.chars().allMatch(Character::isLetter)) {
      return w;
    }
    for (String e : NOT_PLURAL) {
      if (w.endsWith(e)) {
        return w;
      }
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    return w.substring(0, w.length() - 1);
  }

  /**
   * The synonym row a phrase names: the whole phrase, else its leading words when a preposition follows them
   * ("a truce in Gaza" -> "ceasefire"); null when no row names it.
   */
  public @Nullable String row(String phrase) {
    String n = normalize(phrase);
    String whole = rows.get(n);
    if (whole != null) {
      return whole;
    }
    String[] words = n.split(" ");
    List<String> lead = new ArrayList<>();
    for (int k = 0; k < words.length - 1; k++) {
      lead.add(words[k]);
      if (PREPOSITIONS.contains(words[k + 1])) {
        String r = rows.get(String.join(" ", lead));
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** The synonym row of exactly this phrase (normalised), or null. */
  @Nullable String exactRow(String phrase) {
    return rows.get(normalize(phrase));
  }

  /** The issue key of a label: its synonym row, else its normalised form. */
  public String key(String label) {
    String r = row(label);
    return r != null ? r : normalize(label);
  }
}
