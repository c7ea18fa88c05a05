package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * What {@code parley watch} remembers between polls, in the store: each source's validators (ETag,
 * Last-Modified), the hash of its last body and its failures in a row; and which items of each feed were
 * taken, with their fingerprints. Times are UTC.
 */
public final class WatchState {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Store store;

  /**
   * A source as last seen.
   *
   * @param contentHash SHA-256 of the last body taken in full, or null to read it again
   * @param nextCheck not to be polled before this time (backoff), or null
   */
  public record Source(String url, @Nullable String etag, @Nullable String lastModified,
      @Nullable String contentHash, int failures, @Nullable LocalDateTime nextCheck) {}

  public WatchState(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The source's state; a source never polled has no validators and no failures. */
  public Source source(String url) throws StoreException {
    try (PreparedStatement p = store.connection().prepareStatement("SELECT etag, last_modified, content_hash, "
        + "failures, CAST(next_check AS VARCHAR) FROM watch_sources WHERE url = ?")) {
      p.setString(1, url);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return new Source(url, null, null, null, 0, null);
        }
        String next = r.getString(5);
        return new Source(url, r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
            next == null ? null : LocalDateTime.parse(next.replace(' ', 'T')));
      }
    } catch (SQLException e) {
      throw store.failure("read the watch state of", e);
    }
  }

  /**
   * Records a successful poll.
   *
   * @param contentHash the body's hash when everything in it was taken, else null so it is read again
   * @param changed true when the body differed from the last one
   */
  public void succeeded(String url, @Nullable String etag, @Nullable String lastModified,
      @Nullable String contentHash, boolean changed) throws StoreException {
    try (PreparedStatement p = store.connection().prepareStatement("INSERT OR REPLACE INTO watch_sources "
        + "(url, etag, last_modified, content_hash, checked_at, changed_at, failures, last_error, next_check) "
        + "VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP), "
        + "CASE WHEN ? THEN CAST(? AS TIMESTAMP) ELSE (SELECT changed_at FROM watch_sources WHERE url = ?) END, "
        + "0, NULL, NULL)")) {
      String now = Store.nowUtc();
      Rows.set(p, url, etag, lastModified, contentHash, now, changed, now, url);
      p.executeUpdate();
    } catch (SQLException e) {
      throw store.failure("write the watch state of", e);
    }
  }

  /** Records a failed poll: the error, failures in a row, and when to try again. */
  public void failed(String url, String error, int failures, LocalDateTime nextCheck) throws StoreException {
    Source old = source(url);
    try (PreparedStatement p = store.connection().prepareStatement("INSERT OR REPLACE INTO watch_sources "
        + "(url, etag, last_modified, content_hash, checked_at, changed_at, failures, last_error, next_check) "
        + "VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP), "
        + "(SELECT changed_at FROM watch_sources WHERE url = ?), ?, ?, CAST(? AS TIMESTAMP))")) {
      Rows.set(p, url, old.etag(), old.lastModified(), old.contentHash(), Store.nowUtc(), url, failures, error,
          nextCheck.format(TIMESTAMP));
      p.executeUpdate();
    } catch (SQLException e) {
      throw store.failure("write the watch state of", e);
    }
  }

  /** The fingerprint of a feed item when it was last taken, or null for an item never taken. */
  public @Nullable String fingerprint(String feedUrl, String itemKey) throws StoreException {
    try (PreparedStatement p = store.connection().prepareStatement(
        "SELECT fingerprint FROM feed_items WHERE feed_url = ? AND item_key = ?")) {
      Rows.set(p, feedUrl, itemKey);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw store.failure("read the feed items of", e);
    }
  }

  /** Records that a feed item was taken (stored, or already stored unchanged). */
  public void taken(String feedUrl, String itemKey, String fingerprint, String docKey) throws StoreException {
    try (PreparedStatement p = store.connection().prepareStatement("INSERT OR REPLACE INTO feed_items "
        + "(feed_url, item_key, fingerprint, doc_key, seen_at) VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP))")) {
      Rows.set(p, feedUrl, itemKey, fingerprint, docKey, Store.nowUtc());
      p.executeUpdate();
    } catch (SQLException e) {
      throw store.failure("write the feed items of", e);
    }
  }
}
