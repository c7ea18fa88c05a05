package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parley.model.Document;
import org.parley.model.Post;

/**
 * SHA-256 of what Parley analyses in a document: its id, title, publication date, source, text and live
 * posts. Equal hashes mean equal findings, so an ingest can skip the document without analysing it.
 */
public final class ContentHash {
  private ContentHash() {}

  /** Lower-case hex SHA-256 of the document's content. */
  public static String of(Document d) {
    MessageDigest sha = sha256();
    field(sha, d.id());
    field(sha, d.title());
    field(sha, d.published() == null ? null : d.published().toString());
    field(sha, d.source());
    field(sha, d.text());
    for (Post p : d.posts()) {
      field(sha, p.span().begin() + ":" + p.span().end());
      field(sha, p.published());
      field(sha, p.title());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Lower-case hex SHA-256 of raw bytes (a fetched page or feed). */
  public static String ofBytes(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** Lower-case hex SHA-256 of a string's UTF-8 bytes. */
  public static String of(String s) {
    return ofBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Each field is length-prefixed, and null differs from "", so no two documents share a byte stream. */
  private static void field(MessageDigest sha, String value) {
    if (value == null) {
      sha.update((byte) 0);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) 1);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
