package org.parley.store;

import java.util.Objects;

/** What became of one {@link Item} in an ingest. */
public sealed interface Outcome permits Outcome.Stored, Outcome.Unchanged, Outcome.Failed {
  Item item();

  /** Analysed and written: new, or replacing a revision with other content. */
  record Stored(Item item, String title, Written written) implements Outcome {
    public Stored {
      Objects.requireNonNull(written, "written");
    }
  }

  /** Already stored with the same content hash: not analysed again. */
  record Unchanged(Item item) implements Outcome {}

  /**
   * Not stored.
   *
   * @param badInput true when the input could not be read (exit code 2), false when analysing or storing
   *     it failed (exit code 1)
   * @param reason one line naming the input
   */
  record Failed(Item item, String reason, boolean badInput) implements Outcome {}
}
