package org.parley.actors;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.util.Nullable;

/**
 * How an actor is known across documents: a key from kind and normalised name ({@code person:donald trump}); a
 * person named by one word ("Zelensky") joins the only person of a set of documents with more words and that
 * surname. Immutable and thread-safe.
 */
public final class ActorNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** An acronym as news writes one: two to eight capitals or digits, the first a capital ("FAA", "WHO", "G20"). */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,7}");

  private final Map<String, String> fullBySurname;

  private ActorNames(Map<String, String> fullBySurname) {
    this.fullBySurname = Map.copyOf(fullBySurname);
  }

  /** The identities of the actors of a set of documents. */
  public static ActorNames of(List<Actor> actors) {
    Map<String, Set<String>> keys = new HashMap<>();
    for (Actor a : actors) {
      String s = surname(a);
      if (s != null && !singleName(a)) {
        keys.computeIfAbsent(s, k -> new HashSet<>()).add(key(a));
      }
    }
    Map<String, String> full = new HashMap<>();
    keys.forEach((s, k) -> {
      if (k.size() == 1) {
        full.put(s, k.iterator().next());
      }
    });
    return new ActorNames(full);
  }

  /** The actor's identity in this set: its key, or the key of the one full name its single name stands for. */
  public String identity(Actor a) {
    if (singleName(a)) {
      String full = fullBySurname.get(surname(a));
      if (full != null) {
        return full;
      }
    }
    return key(a);
  }

  /** Lower case, accents and punctuation dropped, spaces collapsed, a leading "the" removed. */
  /** Whether the word is written as an acronym ("FAA", "WHO", "G20"), whatever the tagger made of it. */
  public static boolean isAcronym(String word) {
    return ACRONYM.matcher(word).matches();
  }

    public static String normalize(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** {@code kind:normalised name}; equal keys are one actor across documents. */
  public static String key(Actor a) {
    String norm = normalize(a.name());
    return a.kind().json() + ":" + (norm.isEmpty() ? a.name().strip().toLowerCase(Locale.ROOT) : norm);
  }

  /** The last word of a person's normalised name, or null for other kinds. */
  public static @Nullable String surname(Actor a) {
    if (a.kind() != ActorKind.PERSON) {
      return null;
    }
    String norm = normalize(a.name());
    return norm.isEmpty() ? null : norm.substring(norm.lastIndexOf(' ') + 1);
  }

  /** True for a person named by one word only. */
  public static boolean singleName(Actor a) {
    return a.kind() == ActorKind.PERSON && !normalize(a.name()).contains(" ");
  }
}
