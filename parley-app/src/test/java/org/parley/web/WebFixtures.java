package org.parley.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Option;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Stance;
import org.parley.model.TimeValue;
import org.parley.pipeline.Provenance;
import org.parley.store.ContentHash;
import org.parley.store.Store;
import org.parley.store.StoreException;

/** A store of two hand-made analyses: a ceasefire dispute, and a document full of markup. */
final class WebFixtures {
  static final String TALKS = "https://example.org/talks";
  static final String MARKUP = "https://example.org/markup";

  static final String TALKS_TEXT = "\"We need a ceasefire now,\" Chancellor Friedrich Merz said on Monday. "
      + "Donald Trump rejected a ceasefire. Trump will meet Vladimir Putin in Alaska on Friday.";
  static final String MARKUP_TEXT = "Merz said \"<script>alert('x')</script> & <b>bold</b>\" in Berlin.";

  private WebFixtures() {}

  /** A new store at {@code file} holding both documents. */
  static Store store(Path file) throws StoreException {
    Store store = Store.open(file);
    write(store, TALKS, talks());
    write(store, MARKUP, markup());
    return store;
  }

  private static void write(Store store, String key, Analysis a) throws StoreException {
    store.write(key, a, ContentHash.of(a.document()), List.of(new Provenance("quotes", "test", "1")));
  }

  static Analysis talks() {
    String t = TALKS_TEXT;
    Document d = new Document("talks-1", "Merz and Trump split on a ceasefire", LocalDate.of(2025, 8, 18), TALKS, t,
        List.of());
    Actor merz = new Actor("a1", "Friedrich Merz", ActorKind.PERSON, "DEU", null, "Chancellor",
        List.of(mention(t, "Friedrich Merz")));
    Actor trump = new Actor("a2", "Donald Trump", ActorKind.PERSON, "USA", null, "President",
        List.of(mention(t, "Donald Trump")));
    Actor putin = new Actor("a3", "Vladimir Putin", ActorKind.PERSON, "RUS", null, "President",
        List.of(mention(t, "Vladimir Putin")));
    String said = "We need a ceasefire now,";
    Quote quote = new Quote(t.indexOf(said), t.indexOf(said) + said.length(), said, QuoteKind.DIRECT, "a1", "said");
    String meet = "Trump will meet Vladimir Putin in Alaska on Friday";
    Event event = new Event("CONSULT", "036", List.of("a2"), List.of("a3"), "future", "2025-08-22",
        t.indexOf(meet), t.indexOf(meet) + meet.length(), meet);
    String rejected = "Donald Trump rejected a ceasefire";
    return new Analysis(d, List.of(merz, trump, putin), List.of(quote), List.of(event),
        List.of(new Issue("i1", "ceasefire", "ceasefire")),
        List.of(new Stance("a1", "i1", "support", "2025-08-20", quote.begin(), quote.end(), said),
            new Stance("a2", "i1", "oppose", "2025-08-20", t.indexOf(rejected), t.indexOf(rejected) + rejected.length(), rejected)),
        List.of(new Option("outcome", "ceasefire agreed", "unlikely", 0.2, 0.45, 1),
            new Option("outcome", "talks continue", "likely", 0.55, 0.8, 2)),
        List.of(new TimeValue(t.indexOf("Friday"), t.indexOf("Friday") + 6, "Friday", "2025-08-22", "DATE")),
        List.of());
  }

  static Analysis markup() {
    String t = MARKUP_TEXT;
    Document d = new Document("markup-1", "<script>alert('title')</script>", LocalDate.of(2025, 8, 19), MARKUP, t,
        List.of());
    Actor merz = new Actor("a1", "Merz", ActorKind.PERSON, null, null, null, List.of(mention(t, "Merz")));
    String said = "<script>alert('x')</script> & <b>bold</b>";
    Quote quote = new Quote(t.indexOf(said), t.indexOf(said) + said.length(), said, QuoteKind.DIRECT, "a1", "said");
    return new Analysis(d, List.of(merz), List.of(quote), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  private static Mention mention(String text, String words) {
    int at = text.indexOf(words);
    return new Mention(at, at + words.length(), words);
  }
}
