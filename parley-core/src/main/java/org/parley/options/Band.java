package org.parley.options;

import java.util.Locale;

/** The seven likelihood bands of ICD-203 (US Intelligence Community Directive 203), as probabilities. */
public enum Band {
  ALMOST_NO_CHANCE(0.01, 0.05),
  VERY_UNLIKELY(0.05, 0.20),
  UNLIKELY(0.20, 0.45),
  ROUGHLY_EVEN(0.45, 0.55),
  LIKELY(0.55, 0.80),
  VERY_LIKELY(0.80, 0.95),
  ALMOST_CERTAIN(0.95, 0.99);

  private final double low;
  private final double high;

  Band(double low, double high) {
    this.low = low;
    this.high = high;
  }

  public double low() {
    return low;
  }

  public double high() {
    return high;
  }

  public double middle() {
    return (low + high) / 2;
  }

  /** The ICD-203 words for the band: "very unlikely", "roughly even". */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The band one step less likely, or this one at the bottom. */
  Band lower() {
    return this == ALMOST_NO_CHANCE ? this : values()[ordinal() - 1];
  }

  /** The band a lexicon cell names ("very-unlikely"). */
  static Band parse(String cell, String where) {
    for (Band b : values()) {
      if (b.name().replace('_', '-').equalsIgnoreCase(cell)) {
        return b;
      }
    }
    throw new IllegalStateException(where + ": band must be one of almost-no-chance, very-unlikely, unlikely, "
        + "roughly-even, likely, very-likely, almost-certain or hedge, was '" + cell + "'");
  }
}
