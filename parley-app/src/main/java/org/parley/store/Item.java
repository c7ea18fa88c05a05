package org.parley.store;

import java.util.Objects;
import org.parley.ingest.Loaded;

/**
 * One thing to ingest: a document that was read (or why it could not be), under the key that identifies
 * its source in the store.
 *
 * @param key the source's URL, else its JSONL id, else {@code file:}absolute path; for a failed read, the
 *     input as given
 */
public record Item(String key, Loaded loaded) {
  public Item {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(loaded, "loaded");
  }

  /** An input that could not be read. */
  public static Item failed(String input, String message) {
    return new Item(input, new Loaded.Failed(input, message));
  }
}
