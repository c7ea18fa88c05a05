package org.parley.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.parley.ingest.Loaded;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.util.Nullable;

/**
 * Ingests items into a store: skips those already stored with the same content hash, analyses the others
 * on a pool of threads with a bounded window of work in flight, and writes each, in input order, in its own
 * transaction. The store therefore ends the same whatever the number of threads, and a run killed at any
 * moment leaves whole documents only; running it again completes the rest.
 */
public final class Ingester {
  /** Hears of each item's outcome, in input order, on the thread that called {@link #run}. */
  public interface Listener {
    default void started(int total) {}

    void finished(Outcome outcome);
  }

  private final Store store;
  private final Supplier<Analyzer> analyzers;
  private final int threads;
  private final boolean force;
  private @Nullable Analyzer analyzer;

  /**
   * @param analyzers gives the analyzer when the first document needs one (models load only if needed)
   * @param threads analysis threads, at least 1
   * @param force analyse and write documents even when their content hash is already stored
   */
  public Ingester(Store store, Supplier<Analyzer> analyzers, int threads, boolean force) {
    this.store = Objects.requireNonNull(store, "store");
    this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
    this.force = force;
  }

  /** Ingests the items in order and returns the counts; throws only when the store cannot be read. */
  public IngestSummary run(List<Item> items, Listener listener) throws StoreException {
    IngestSummary summary = new IngestSummary();
    listener.started(items.size());
    Map<String, String> known = store.contentHashes();
    Deque<Pending> window = new ArrayDeque<>();
    int capacity = threads * 2;
    ExecutorService pool = null;
    try {
      for (Item item : items) {
        Pending p;
        if (item.loaded() instanceof Loaded.Ok ok) {
          String hash = ContentHash.of(ok.document());
          if (!force && hash.equals(known.get(item.key()))) {
            p = new Pending(item, null, null, new Outcome.Unchanged(item));
          } else {
            known.put(item.key(), hash);
            if (pool == null) {
              if (analyzer == null) {
                analyzer = analyzers.get(); // once: a watch's later rounds keep its models and caches
              }
              pool = Executors.newFixedThreadPool(threads, daemons());
            }
            Analyzer a = analyzer;
            p = new Pending(item, hash, pool.submit(() -> a.analyze(ok.document(), ok.issues())), null);
          }
        } else {
          Loaded.Failed f = (Loaded.Failed) item.loaded();
          p = new Pending(item, null, null, new Outcome.Failed(item, f.message(), true));
        }
        window.add(p);
        while (!window.isEmpty() && (inFlight(window) > capacity || window.peek().isDone())) {
          finish(window.poll(), summary, listener);
        }
      }
      while (!window.isEmpty()) {
        finish(window.poll(), summary, listener);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return summary;
  }

  private void finish(Pending p, IngestSummary summary, Listener listener) throws StoreException {
    Outcome outcome = p.outcome != null ? p.outcome : write(p);
    summary.add(outcome);
    listener.finished(outcome);
  }

  private Outcome write(Pending p) throws StoreException {
    Document d = ((Loaded.Ok) p.item.loaded()).document();
    Analysis analysis;
    try {
      analysis = p.analysis.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("ingest interrupted before " + d.id() + " was stored");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error && !(cause instanceof StackOverflowError)) {
        throw (Error) cause;
      }
      return new Outcome.Failed(p.item, d.id() + ": analysis failed: " + cause, false);
    }
    try {
      Written w = store.write(p.item.key(), store.withStoredIssueKeys(analysis, analyzer.issueMerger()), p.hash,
          analyzer.provenance());
      return new Outcome.Stored(p.item, d.title() == null ? d.id() : d.title(), w);
    } catch (StoreException e) {
      return new Outcome.Failed(p.item, d.id() + ": " + e.getMessage(), false);
    }
  }

  private static int inFlight(Deque<Pending> window) {
    int n = 0;
    for (Pending p : window) {
      if (p.analysis != null) {
        n++;
      }
    }
    return n;
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "parley-analyze-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** An item on its way: an analysis in flight, or an outcome known at once. */
  private record Pending(Item item, @Nullable String hash, @Nullable Future<Analysis> analysis,
      @Nullable Outcome outcome) {
    boolean isDone() {
      return analysis == null || analysis.isDone();
    }
  }
}
