package org.parley.model;

/** A time expression with its TIMEX3 value ("2025-08-18", "P2W", "PRESENT_REF") and type (DATE, TIME, DURATION, SET). */
public record TimeValue(int begin, int end, String text, String value, String type) {
  public TimeValue {
    new Span(begin, end);
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(type, "type");
  }
}
