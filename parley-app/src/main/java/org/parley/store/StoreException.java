package org.parley.store;

/**
 * The store cannot be opened, read or written: a locked or damaged file, a full disk, a schema newer than
 * this Parley. The message is one line fit for the user, naming the store's file. {@link #badInput()} tells
 * the user's mistakes (no store at that path, not a Parley store) from failures of the environment.
 */
public final class StoreException extends Exception {
  private final boolean badInput;

  public StoreException(String message) {
    this(message, false, null);
  }

  public StoreException(String message, Throwable cause) {
    this(message, false, cause);
  }

  public StoreException(String message, boolean badInput, Throwable cause) {
    super(message, cause);
    this.badInput = badInput;
  }

  /** True when the user named something that is not a usable store (exit code 2 rather than 1). */
  public boolean badInput() {
    return badInput;
  }
}
