package org.parley.model;

import org.parley.util.Nullable;

/**
 * One item of a set of options the text puts on the table, with how likely the text says it is.
 *
 * @param likelihood the estimative words ("least likely"), or null
 * @param low lower bound of the ICD-203 probability band, or null
 * @param high upper bound of the band, or null
 * @param rank 1 for the most likely option of its set, or null
 */
public record Option(
    String set,
    String label,
    @Nullable String likelihood,
    @Nullable Double low,
    @Nullable Double high,
    @Nullable Integer rank) {
  public Option {
    java.util.Objects.requireNonNull(set, "set");
    java.util.Objects.requireNonNull(label, "label");
  }
}
