package org.parley.model;

import org.parley.util.Nullable;

/**
 * One post of a live page: its place in the document text and its own publication time
 * (ISO-8601 instant or date as the page gave it), which anchors its relative dates.
 */
public record Post(Span span, @Nullable String published, @Nullable String title) {
  public Post {
    java.util.Objects.requireNonNull(span, "span");
  }
}
