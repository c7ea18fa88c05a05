package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.util.Nullable;

/** Looking up what the quote tests assert on: a quote by its words, and the name of its speaker. */
final class FoundQuotes {
  private FoundQuotes() {}

  /** The one quote whose text is exactly {@code words}. */
  static Quote quote(Analysis a, String words) {
    List<Quote> found = a.quotes().stream().filter(q -> q.text().equals(words)).toList();
    assertThat(found).as("quotes \"%s\" among %s", words, texts(a)).hasSize(1);
    return found.get(0);
  }

  /** The one quote with marks (not a reported statement) whose text contains {@code words}. */
  static Quote marked(Analysis a, String words) {
    List<Quote> found = a.quotes().stream()
        .filter(q -> q.kind() != QuoteKind.INDIRECT && q.text().contains(words)).toList();
    assertThat(found).as("quotes with \"%s\" among %s", words, texts(a)).hasSize(1);
    return found.get(0);
  }

  /** Each quote as "KIND:text", for messages. */
  static List<String> texts(Analysis a) {
    return a.quotes().stream().map(q -> q.kind() + ":" + q.text()).toList();
  }

  /** The name of the quote's speaker, or null when it has none. */
  static @Nullable String speakerName(Analysis a, Quote q) {
    Actor speaker = q.speaker() == null ? null : a.actor(q.speaker());
    return speaker == null ? null : speaker.name();
  }

  /** The reported statements (indirect quotes) whose text contains {@code words}. */
  static List<Quote> indirect(Analysis a, String words) {
    return a.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains(words)).toList();
  }

  /** The speakers of the reported statements containing {@code words}; fails when there is none. */
  static List<String> indirectSpeakers(Analysis a, String words) {
    assertThat(indirect(a, words)).as("indirect quotes containing \"%s\" among %s", words, texts(a)).isNotEmpty();
    return indirect(a, words).stream().map(q -> speakerName(a, q)).toList();
  }
}
