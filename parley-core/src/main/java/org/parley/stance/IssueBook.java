package org.parley.stance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.Issue;
import org.parley.util.Nullable;

/**
 * The issues of one document while they are being found: one {@link Issue} per merge key (the phrase's synonym
 * row, else its normalised label: see {@link IssueKeys}), and every place an issue was named, for pronouns that refer back to it.
 * One instance per document; not thread-safe.
 */
final class IssueBook {
  /** Where an issue was named. */
  record Named(int begin, int end, Issue issue) {}

  /** How the key of an issue that is an actor begins: such issues merge by the actor's name only. */
  static final String ACTOR_KEY = "actor:";

  private final IssueKeys keys;
  private final Map<String, Issue> byKey = new LinkedHashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final List<Named> named = new ArrayList<>();

  IssueBook(IssueKeys keys) {
    this.keys = keys;
  }

  /** The issue a phrase names, merged with earlier issues of the same key. */
  Issue of(IssuePhrase p) {
    String label = p.label();
    String merged = keys.row(label);
    if (merged == null && !p.core().isEmpty() && p.label().toLowerCase(Locale.ROOT).startsWith(p.core())) {
      merged = keys.exactRow(p.core());
    }
    String key = merged != null ? merged : IssueKeys.normalize(label);
    String shown = merged != null ? merged : label;
    return byKey.computeIfAbsent(key, k -> new Issue(newId(shown), shown, k));
  }

  /** The issue that is an actor itself ("blamed the rebels", "voters distrust the junta"). */
  Issue ofActor(String actorId, String name) {
    return byKey.computeIfAbsent("actor:" + actorId,
        k -> new Issue(newId(name), name, ACTOR_KEY + IssueKeys.normalize(name)));
  }

  void named(int begin, int end, Issue issue) {
    named.add(new Named(begin, end, issue));
  }

  /** The issue named last before {@code offset} and not before {@code from}, or null. */
  @Nullable Issue antecedent(int offset, int from) {
    Named best = null;
    for (Named n : named) {
      if (n.end() <= offset && n.begin() >= from && (best == null || n.begin() > best.begin())) {
        best = n;
      }
    }
    return best == null ? null : best.issue();
  }

  List<Issue> issues() {
    return List.copyOf(byKey.values());
  }

  private String newId(String label) {
    String n = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String base = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (base.length() > 48) {
      base = base.substring(0, 48).replaceAll("-[^-]*$", "");
    }
    base = "issue-" + (base.isEmpty() ? "x" : base);
    String id = base;
    for (int k = 2; !ids.add(id); k++) {
      id = base + "-" + k;
    }
    return id;
  }
}
