package org.parley.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.model.DataIssue;
import org.parley.model.Post;
import org.parley.util.Nullable;

/**
 * What cleaning found in one decoded source: the main text every offset points into, with the
 * title, date and live posts the source itself gave.
 *
 * @param title the title the source gave, or null
 * @param published the date the source gave, or null (the caller may fall back to the user's date)
 * @param text the main text: LF line ends, no BOM, one paragraph a line, no trailing whitespace
 * @param posts live posts, each span within {@code text}; empty for an ordinary article
 * @param issues what needed a guess while cleaning
 */
public record Cleaned(
    @Nullable String title,
    @Nullable LocalDate published,
    String text,
    List<Post> posts,
    List<DataIssue> issues) {
  public Cleaned {
    Objects.requireNonNull(text, "text");
    posts = List.copyOf(posts);
    issues = List.copyOf(issues);
  }
}
