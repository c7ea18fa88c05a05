package org.parley.stance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.TimeValue;
import org.parley.time.Anchors;
import org.parley.util.Nullable;

/**
 * When a position was taken: the date of the live post its evidence sits in; else the date of a time expression
 * governing its predicate or a word above it ("On Tuesday the minister rejected ..."), unless that date lies after
 * the document's (a plan for "next week" is not when the position was taken); else the document's date.
 * Immutable; one instance per document.
 */
final class StanceDates {
  private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod", "nmod:tmod",
      "nmod:npmod", "advmod");

  private final AnnotatedDocument doc;
  private final List<TimeValue> times;

  StanceDates(AnnotatedDocument doc, List<TimeValue> times) {
    this.doc = doc;
    this.times = List.copyOf(times);
  }

  /** The date of a position whose predicate is token {@code token} of {@code s}; null when none is known. */
  @Nullable String date(Sentence s, int token) {
    boolean inside = token >= 0 && token < s.tokens().size();
    LocalDate post = Anchors.postDate(doc.document(), inside ? s.tokens().get(token).begin() : s.begin());
    if (post != null) {
      return post.toString();
    }
    LocalDate published = doc.document().published();
    String governing = inside ? governing(s, token, published) : null;
    if (governing != null) {
      return governing;
    }
    return published == null ? null : published.toString();
  }

  /** The date of the nearest time expression hanging from the token or one of the words above it. */
  private @Nullable String governing(Sentence s, int token, @Nullable LocalDate published) {
    for (int k = token, steps = 0; k >= 0 && steps < s.tokens().size(); k = s.head(k), steps++) {
      for (Dependency d : s.children(k)) {
        if (!TIME_RELATIONS.contains(d.relation())) {
          continue;
        }
        String date = dateAt(s.tokens().get(d.dependent()).begin());
        if (date != null && !after(date, published)) {
          return date;
        }
      }
    }
    return null;
  }

  private @Nullable String dateAt(int offset) {
    for (TimeValue t : times) {
      if (t.begin() <= offset && offset < t.end() && (t.type().equals("DATE") || t.type().equals("TIME"))) {
        Matcher m = DATE.matcher(t.value());
        return m.find() ? m.group() : null;
      }
    }
    return null;
  }

  private static boolean after(String date, @Nullable LocalDate published) {
    if (published == null) {
      return false;
    }
    String full = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
    try {
      return LocalDate.parse(full).isAfter(published);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
