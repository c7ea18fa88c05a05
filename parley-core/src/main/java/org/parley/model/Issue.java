package org.parley.model;

/**
 * A proposal, demand or question that actors take positions on ("a referendum before any border change").
 *
 * @param key the issue's lexical identity: its synonym row, else its normalised label ("ceasefire" for "a truce");
 *     issues with equal keys are one issue, within a document and across documents
 */
public record Issue(String id, String label, String key) {
  public Issue {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(label, "label");
    java.util.Objects.requireNonNull(key, "key");
  }
}
