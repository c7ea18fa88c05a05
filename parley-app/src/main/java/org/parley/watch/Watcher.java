package org.parley.watch;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.parley.ingest.Inputs;
import org.parley.store.Analyzer;
import org.parley.store.ContentHash;
import org.parley.store.IngestSummary;
import org.parley.store.Ingester;
import org.parley.store.Item;
import org.parley.store.Outcome;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.WatchState;
import org.parley.store.sources.FeedException;
import org.parley.store.sources.FeedItem;
import org.parley.store.sources.Feeds;
import org.parley.store.sources.Fetcher;
import org.parley.store.sources.Sources;
import org.parley.util.Nullable;

/**
 * Polls feeds and live pages and ingests what is new or changed. A source is fetched with its validators
 * (ETag, Last-Modified), and its body skipped when its hash is the last one's; a feed's items are taken
 * only when new or updated; a page is ingested under its URL, replacing its earlier revision when it grew.
 * A source that fails (timeout, HTTP error, malformed feed) is logged in one line and tried again after a
 * backoff that doubles with each failure; the other sources go on. What changed is printed on {@code out},
 * the log on {@code err}.
 */
public final class Watcher {
  /** The longest wait before a failing source is tried again. */
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  private final WatchState state;
  private final Ingester ingester;
  private final ConditionalFetcher poller;
  private final Sources sources;
  private final @Nullable LocalDate date;
  private final PrintStream out;
  private final PrintStream err;

  /** Counts of one round of polls. */
  public record Round(int sources, int failed, int stored, int changed) {}

  /**
   * @param fetcher fetches the pages that feed items link to
   * @param date the date for documents whose source gives none, or null
   */
  public Watcher(Store store, Supplier<Analyzer> analyzers, int threads, ConditionalFetcher poller, Fetcher fetcher,
      @Nullable LocalDate date, PrintStream out, PrintStream err) {
    this.state = new WatchState(Objects.requireNonNull(store, "store"));
    this.ingester = new Ingester(store, analyzers, threads, false);
    this.poller = Objects.requireNonNull(poller, "poller");
    this.sources = new Sources(fetcher, date, java.io.InputStream.nullInputStream());
    this.date = date;
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Polls until interrupted: each source every {@code every}, or later while it is backing off. */
  public void run(List<String> urls, Duration every) throws StoreException, InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      long start = System.nanoTime();
      poll(urls, every, false);
      long left = every.toMillis() - (System.nanoTime() - start) / 1_000_000;
      if (left > 0) {
        Thread.sleep(left);
      }
    }
  }

  /**
   * Polls each source once, ingests what is new, prints what changed.
   *
   * @param every the polling interval, the unit of backoff
   * @param ignoreBackoff poll sources that are backing off too ({@code --once})
   */
  public Round poll(List<String> urls, Duration every, boolean ignoreBackoff) throws StoreException {
    List<Item> items = new ArrayList<>();
    Map<String, Taken> taken = new HashMap<>();
    Map<String, Poll> polls = new HashMap<>();
    int failed = 0;
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    for (String url : urls) {
      WatchState.Source s = state.source(url);
      if (!ignoreBackoff && s.nextCheck() != null && s.nextCheck().isAfter(now)) {
        continue;
      }
      try {
        Poll p = pollOne(s, items, taken);
        if (p != null) {
          polls.put(url, p);
        }
      } catch (IOException | FeedException e) {
        failed++;
        fail(s, e.getMessage(), every, ignoreBackoff);
      } catch (RuntimeException e) {
        // a bug met on strange input: this source backs off, the others go on
        failed++;
        fail(s, url + ": internal error " + e, every, ignoreBackoff);
      }
    }
    IngestSummary summary = ingester.run(items, new Ingester.Listener() {
      @Override
      public void finished(Outcome o) {
        if (o instanceof Outcome.Stored stored) {
          ChangeReport.print(stored, out);
        } else if (o instanceof Outcome.Failed f) {
          err.println("parley: watch: " + f.reason());
        }
      }
    });
    out.flush();
    for (Outcome o : summary.outcomes()) {
      Taken t = taken.get(o.item().key());
      if (o instanceof Outcome.Failed) {
        if (t != null) {
          polls.get(t.feedUrl).complete = false;
        } else if (polls.containsKey(o.item().key())) {
          polls.get(o.item().key()).complete = false;
        }
      } else if (t != null) {
        state.taken(t.feedUrl, t.item.key(), t.item.fingerprint(), o.item().key());
      }
    }
    for (Poll p : polls.values()) {
      // validators and hash only when everything was taken: else the next poll reads the source in full again
      state.succeeded(p.url, p.complete ? p.etag : null, p.complete ? p.lastModified : null,
          p.complete ? p.hash : null, p.changed);
    }
    return new Round(urls.size(), failed, summary.ingested() - summary.replaced(), summary.replaced());
  }

  /** Fetches one source and adds its new items; null when nothing was fetched (304). */
  private @Nullable Poll pollOne(WatchState.Source s, List<Item> items, Map<String, Taken> taken)
      throws IOException, FeedException, StoreException {
    ConditionalFetcher.Result result = poller.get(s.url(), s.etag(), s.lastModified());
    if (!result.finalUri().toString().equals(s.url())) {
      err.println("parley: watch: " + s.url() + " redirects to " + result.finalUri());
    }
    if (result instanceof ConditionalFetcher.NotModified) {
      return new Poll(s.url(), s.etag(), s.lastModified(), s.contentHash(), false);
    }
    ConditionalFetcher.Fetched f = (ConditionalFetcher.Fetched) result;
    String hash = ContentHash.ofBytes(f.body());
    Poll poll = new Poll(s.url(), f.etag(), f.lastModified(), hash, !hash.equals(s.contentHash()));
    if (!poll.changed) {
      return poll;
    }
    if (Feeds.looksLikeFeed(f.body(), f.contentType())) {
      Feeds.Feed feed = Feeds.parse(f.body(), s.url());
      for (FeedItem item : feed.items()) {
        if (item.fingerprint().equals(state.fingerprint(s.url(), item.key())) || taken.containsKey(item.key())) {
          continue;
        }
        taken.put(item.key(), new Taken(s.url(), item));
        items.add(sources.item(item, s.url()));
      }
    } else {
      items.add(new Item(s.url(), Inputs.read(f.body(), s.url(), s.url(), f.contentType(), date)));
    }
    return poll;
  }

  private void fail(WatchState.Source s, String message, Duration every, boolean once) throws StoreException {
    int failures = s.failures() + 1;
    Duration wait = backoff(every, failures);
    state.failed(s.url(), message, failures, LocalDateTime.now(ZoneOffset.UTC).plus(wait));
    err.println("parley: watch: " + message + (once ? "; skipped" : "; failure " + failures + " in a row, next "
        + "try in " + human(wait)));
  }

  /** {@code every} doubled for each failure after the first, at most {@link #MAX_BACKOFF} (or every). */
  static Duration backoff(Duration every, int failures) {
    Duration cap = every.compareTo(MAX_BACKOFF) > 0 ? every : MAX_BACKOFF;
    Duration wait = every;
    for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? s / 3600 + "h" + (s % 3600) / 60 + "m" : s >= 60 ? s / 60 + "m" + s % 60 + "s" : s + "s";
  }

  /** A feed item taken in this round, to be recorded once its document is stored. */
  private record Taken(String feedUrl, FeedItem item) {}

  /** A source fetched in this round: its validators, and whether everything in it was taken. */
  private static final class Poll {
    final String url;
    final @Nullable String etag;
    final @Nullable String lastModified;
    final @Nullable String hash;
    final boolean changed;
    boolean complete = true;

    Poll(String url, @Nullable String etag, @Nullable String lastModified, @Nullable String hash, boolean changed) {
      this.url = url;
      this.etag = etag;
      this.lastModified = lastModified;
      this.hash = hash;
      this.changed = changed;
    }
  }
}
