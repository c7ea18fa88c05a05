package org.parley.model;

/** A half-open range {@code [begin, end)} of characters in {@link Document#text()}. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("span must have 0 <= begin <= end, was [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }
}
