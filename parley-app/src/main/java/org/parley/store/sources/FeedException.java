package org.parley.store.sources;

/** A feed that cannot be read: malformed XML, or XML that is not RSS or Atom. One line, naming the feed. */
public final class FeedException extends Exception {
  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
