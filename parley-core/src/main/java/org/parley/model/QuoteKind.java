package org.parley.model;

/**
 * How words are reported: {@code DIRECT} a whole quoted sentence or clause, {@code PARTIAL} a few quoted
 * words inside reported speech, {@code INDIRECT} reported speech without quotation marks, {@code TERM}
 * scare quotes and names (not speech, no speaker).
 */
public enum QuoteKind {
  DIRECT, PARTIAL, INDIRECT, TERM;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
