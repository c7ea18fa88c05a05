package org.parley.model;

import java.util.List;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * Someone who says or does something: one record per real-world actor in a document, with every mention.
 *
 * @param country ISO 3166 alpha-3 code, or null
 * @param organization the organisation the actor belongs to or speaks for, or null
 * @param role the actor's title or office ("President", "Prime Minister"), or null
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    @Nullable String country,
    @Nullable String organization,
    @Nullable String role,
    List<Mention> mentions) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    mentions = List.copyOf(mentions);
  }
}
