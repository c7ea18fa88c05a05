package org.parley.model;

/** A proposal, demand or question that actors take positions on ("a ceasefire before a peace deal"). */
public record Issue(String id, String label) {
  public Issue {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(label, "label");
  }
}
