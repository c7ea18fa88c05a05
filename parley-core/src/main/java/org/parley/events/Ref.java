package org.parley.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.util.Nullable;

/**
 * An event participant before it is committed to the document's actors: an existing actor (perhaps with a new
 * mention, for a pronoun or a description), or one to create (a group, a country named only by its demonym).
 * Nothing is added to the actors until an event that uses it is kept.
 *
 * @param id the existing actor's id, or null for one to create
 * @param name the name of the actor to create (for an existing actor, its name)
 * @param iso3 for a country to create or find, its code
 * @param mention the words that name the participant here, added as a mention when committed (null: none to add)
 * @param token the head token in its sentence, for the event's span; -1 if outside the sentence
 */
record Ref(@Nullable String id, String name, ActorKind kind, @Nullable String iso3, @Nullable Mention mention,
    int token) {
  Ref {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** Identity for comparing participants: the same actor however it was reached. */
  String key() {
    if (id != null) {
      return id;
    }
    return iso3 != null ? "country:" + iso3 : kind + ":" + name.toLowerCase(java.util.Locale.ROOT);
  }

  /** The participants not among {@code exclude}. */
  static List<Ref> without(List<Ref> refs, List<Ref> exclude) {
    Set<String> keys = new HashSet<>();
    exclude.forEach(r -> keys.add(r.key()));
    List<Ref> out = new ArrayList<>();
    for (Ref r : refs) {
      if (!keys.contains(r.key())) {
        out.add(r);
      }
    }
    return out;
  }
}
