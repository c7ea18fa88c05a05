package org.parley.store.sources;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * One item of an RSS or Atom feed.
 *
 * @param key what identifies it: its link, else its guid, else the feed's URL and a hash of its content
 * @param link the absolute URL of the page it announces, or null
 * @param published its publication (else update) date, or null
 * @param updated its update (else publication) time as the feed gave it, or null: a new value means the
 *     item changed
 * @param text the item's own content or summary as plain text, or ""
 */
public record FeedItem(String key, @Nullable String link, @Nullable String title, @Nullable LocalDate published,
    @Nullable String updated, String text) {
  public FeedItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
  }

  /** The item's key and update time: when it differs from the stored one, the item is fetched again. */
  public String fingerprint() {
    return key + "|" + (updated == null ? "" : updated);
  }
}
