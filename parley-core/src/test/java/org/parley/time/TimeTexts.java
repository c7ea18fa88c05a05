package org.parley.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issues;
import org.parley.model.TimeValue;
import org.parley.pipeline.AnnotationJson;

/**
 * The frozen annotations of the time test texts ({@code src/test/resources/time/texts/}, dated 2025-08-20, a
 * Wednesday; parley-app's {@code TimeAccuracyIT} rewrites them with {@code -Dgolden.update=true}).
 */
final class TimeTexts {
  static final List<String> NAMES = List.of("time-tense", "time-periods", "time-quotes", "time-narrative", "time-kinds");

  private TimeTexts() {}

  static AnnotatedDocument annotated(String name) {
    try (InputStream in = TimeTexts.class.getResourceAsStream("/time/annotated/" + name + ".annotated.json")) {
      if (in == null) {
        throw new IllegalArgumentException("no frozen annotation time/annotated/" + name + ".annotated.json");
      }
      return AnnotationJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<TimeValue> times(AnnotatedDocument doc) {
    return new TimeExtractor().extract(doc, new Issues());
  }

  /** The time whose text is {@code text} (the n-th such, from 1). */
  static TimeValue time(List<TimeValue> times, String text, int n) {
    List<TimeValue> found = times.stream().filter(t -> t.text().equals(text)).toList();
    if (found.size() < n) {
      throw new AssertionError("no time expression number " + n + " with text '" + text + "' in " + times);
    }
    return found.get(n - 1);
  }

  static TimeValue time(List<TimeValue> times, String text) {
    return time(times, text, 1);
  }
}
