package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * A cleaned document: the text every offset points into, with what the source said about it.
 *
 * @param id stable identifier (file name, URL or JSONL id)
 * @param title the page title, or null
 * @param published the publication date, or null when neither the source nor the user gave one
 * @param source where it came from: a path, a URL or "stdin"
 * @param text the cleaned main text; LF line ends, no BOM
 * @param posts live posts with their own times (empty for an ordinary article)
 */
public record Document(
    String id,
    @Nullable String title,
    @Nullable LocalDate published,
    String source,
    String text,
    List<Post> posts) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    posts = List.copyOf(posts);
    for (Post p : posts) {
      if (p.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "post span must end within the text (length " + text.length() + "), was " + p.span());
      }
    }
  }

  public Document withPublished(@Nullable LocalDate date) {
    return new Document(id, title, date, source, text, posts);
  }
}
