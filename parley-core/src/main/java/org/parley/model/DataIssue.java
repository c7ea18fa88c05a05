package org.parley.model;

import org.parley.util.Nullable;

/**
 * Something about the input that needed a guess or could not be read, recorded rather than thrown.
 *
 * @param code stable identifier, e.g. {@code quote.unbalanced}
 * @param span where in the text, or null for the whole document
 */
public record DataIssue(String code, String message, @Nullable Span span) {
  public DataIssue {
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(message, "message");
  }
}
