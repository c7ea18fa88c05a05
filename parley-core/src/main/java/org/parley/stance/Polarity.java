package org.parley.stance;

import java.util.Locale;
import org.parley.util.Nullable;

/** Where an actor stands on an issue. {@link #wire()} is the contract's spelling. */
public enum Polarity {
  SUPPORT, OPPOSE, SKEPTICAL, NEUTRAL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The polarity of a lexicon cell ("support"), or null for "-" or an empty cell. */
  static @Nullable Polarity parse(String cell, String where) {
    if (cell.isEmpty() || cell.equals("-")) {
      return null;
    }
    for (Polarity p : values()) {
      if (p.wire().equals(cell)) {
        return p;
      }
    }
    throw new IllegalStateException(where + ": polarity must be support, oppose, skeptical, neutral or -, was '"
        + cell + "'");
  }

  /**
   * The position on the issue of a stance taken towards another stance on it: backing an opposition opposes,
   * opposing an opposition supports. Null where the result says nothing clear (doubting an opposition).
   */
  @Nullable Polarity onInner(Polarity inner) {
    return switch (this) {
      case SUPPORT -> inner;
      case OPPOSE -> switch (inner) {
        case SUPPORT -> OPPOSE;
        case OPPOSE, SKEPTICAL -> SUPPORT;
        case NEUTRAL -> null;
      };
      case SKEPTICAL -> inner == SUPPORT ? SKEPTICAL : null;
      case NEUTRAL -> null;
    };
  }

  /** The polarity of the same position on the negated issue ("accused them of not paying": supports paying). */
  @Nullable Polarity negated() {
    return switch (this) {
      case SUPPORT -> OPPOSE;
      case OPPOSE, SKEPTICAL -> SUPPORT;
      case NEUTRAL -> null;
    };
  }
}
