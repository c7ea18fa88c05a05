package org.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLongArray;
import org.parley.corenlp.CoreNlpAnnotator;
import org.parley.corenlp.CoreNlpBaseline;
import org.parley.embed.MiniLmEmbedder;
import org.parley.ingest.Loaded;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Analysis;
import org.parley.model.Sentence;
import org.parley.pipeline.Annotator;
import org.parley.pipeline.Pipeline;
import org.parley.stance.IssueMerger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley bench}: the whole pipeline's throughput on a corpus (documents/s, tokens/s, where the time goes,
 * peak heap), and with {@code --baseline} the same figures for Stanford CoreNLP's own quote pipeline on the same
 * documents in the same process, with the same number of threads, ending with the line {@code ratio R}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures Parley's throughput on a corpus, and with --baseline compares it with CoreNLP's "
        + "own quote pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote).")
final class BenchCommand implements Callable<Integer> {
  static final int MAX_THREADS = 256;
  /** Heap below which the baseline may run short of memory next to Parley's models. */
  static final long BASELINE_HEAP = 6_000_000_000L;

  @Parameters(index = "0", paramLabel = "CORPUS",
      description = "A .jsonl file of {id, date, title, text, url} (or any input 'parley brief' reads).")
  String corpus;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents.")
  Integer limit;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads for each pipeline (default: the number of processors).")
  Integer threads;

  @Option(names = "--baseline", description = "Also run CoreNLP's quote pipeline and print 'ratio R' last.")
  boolean baseline;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "300",
      description = "Before the clock starts, run each pipeline on rounds of documents the measured run does not "
          + "contain until the JVM's JIT compilation and garbage collection are under a tenth of the work, or on at "
          + "most N documents (default 300; 0: no warm-up).")
  int warmup;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    PrintStream out = System.out;
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    String usage = usageError(t);
    if (usage != null) {
      err.println("parley: " + usage);
      return 2;
    }
    Documents read = Documents.read(List.of(corpus), null, err);
    List<Loaded.Ok> docs = limit == null || limit >= read.ok.size() ? read.ok : read.ok.subList(0, limit);
    if (docs.isEmpty()) {
      err.println("parley: no documents to benchmark in " + corpus);
      return 2;
    }
    List<Loaded.Ok> warm = warmUpCandidates(read.ok, docs.size());
    docs = longestFirst(docs);
    out.printf(Locale.ROOT, "corpus %s: %d documents, %d threads%n", corpus, docs.size(), t);

    Annotator annotator = Models.annotator(err);
    // issues merged as parley brief merges them (MiniLM embeddings), so that the figures are those of a briefing
    IssueMerger merger = MiniLmEmbedder.merger();
    Parley p;
    Map<String, Double> before;
    ExecutorService pool = BenchRun.pool(t);
    BenchWarmUp.Result warmed;
    try {
      warmed = BenchWarmUp.run(pool, warm, warmup, d -> Pipeline.extract(annotator.annotate(d.document()),
          d.issues(), merger, stage -> { }));
      before = annotator instanceof CoreNlpAnnotator c ? c.annotatorSeconds() : Map.of();
      p = parley(pool, annotator, merger, docs);
    } finally {
      pool.shutdownNow();
    }
    print(out, "parley", p.documents(), p.tokens, p.run, t);
    out.println("  " + warmed.describe());
    out.println("  stages   " + shares(p.stageNanos));
    if (annotator instanceof CoreNlpAnnotator c) {
      Map<String, Double> spent = new java.util.LinkedHashMap<>(c.annotatorSeconds());
      before.forEach((k, v) -> spent.merge(k, -v, Double::sum));
      out.println("  annotate " + annotatorShares(spent));
    }
    if (!baseline) {
      return p.run.failures == docs.size() ? 1 : 0;
    }

    long heap = Runtime.getRuntime().maxMemory();
    if (heap < BASELINE_HEAP) {
      err.printf(Locale.ROOT, "parley: the baseline needs about 6 GB of heap next to Parley's models and this JVM "
          + "has %.1f GB; if it runs out, set PARLEY_JAVA_OPTS=\"-Xmx8g -XX:+UseParallelGC\"%n", heap / 1e9);
    }
    Baseline b = baseline(docs, warm, warmup, t, err);
    print(out, "baseline", b.run.results.size(), b.tokens, b.run, t);
    out.println("  " + b.warmed.describe());
    out.printf(Locale.ROOT, "  %s; found %d quotes, %d with a speaker%n", b.description, b.quotes, b.attributed);
    out.printf(Locale.ROOT, "cpu ratio %.1f (baseline CPU seconds per document / Parley's: the ratio on cores no "
        + "other process shares)%n", (b.run.cpuNanos / (double) docs.size()) / (p.run.cpuNanos / (double) docs.size()));
    double ratio = perSecond(p.documents(), p.run.wallNanos) / perSecond(docs.size(), b.run.wallNanos);
    out.printf(Locale.ROOT, "ratio %.1f%n", ratio);
    return p.run.failures + b.run.failures == 0 ? 0 : 1;
  }

  private String usageError(int t) {
    if (limit != null && limit < 1) {
      return "--limit must be >= 1, was " + limit;
    }
    if (t < 1 || t > MAX_THREADS) {
      return "--threads must be between 1 and " + MAX_THREADS + ", was " + t;
    }
    if (warmup < 0) {
      return "--warmup must be >= 0, was " + warmup;
    }
    return null;
  }

  /** Parley's run: one analysis per document (null where it failed), time per stage summed over threads. */
  record Parley(BenchRun<Analysis> run, long tokens, long[] stageNanos) {
    int documents() {
      return run.results.size();
    }
  }

  /**
   * The documents longest first, the order both pipelines run them in: with a few threads, a long document started
   * last would leave the other threads idle while it finishes.
   */
  static List<Loaded.Ok> longestFirst(List<Loaded.Ok> docs) {
    List<Loaded.Ok> out = new ArrayList<>(docs);
    out.sort(Comparator.comparingInt((Loaded.Ok d) -> d.document().text().length()).reversed());
    return out;
  }

  /**
   * The documents to warm up on: those after the {@code measured} first ones, so that no measured document has been
   * seen (the parser's cache would favour it); the measured ones where the corpus has no others.
   */
  static List<Loaded.Ok> warmUpCandidates(List<Loaded.Ok> all, int measured) {
    return measured < all.size() ? all.subList(measured, all.size()) : all;
  }

  /** Runs the whole pipeline on the documents with {@code threads} threads sharing one annotator. */
  static Parley parley(Annotator annotator, IssueMerger merger, List<Loaded.Ok> docs, int threads) {
    ExecutorService pool = BenchRun.pool(threads);
    try {
      return parley(pool, annotator, merger, docs);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the whole pipeline on the documents on the pool's threads, which share one annotator. */
  static Parley parley(ExecutorService pool, Annotator annotator, IssueMerger merger, List<Loaded.Ok> docs) {
    AtomicLongArray stages = new AtomicLongArray(BenchStages.NAMES.size());
    long[] tokens = new long[1];
    BenchRun<Analysis> run = BenchRun.run(pool, docs, doc -> {
      BenchStages.Clock clock = new BenchStages.Clock();
      AnnotatedDocument annotated = annotator.annotate(doc.document());
      clock.lap(0);
      Analysis a = Pipeline.extract(annotated, doc.issues(), merger, clock::lap);
      for (int i = 0; i < clock.nanos.length; i++) {
        stages.addAndGet(i, clock.nanos[i]);
      }
      synchronized (tokens) {
        tokens[0] += tokenCount(annotated);
      }
      return a;
    });
    long[] nanos = new long[stages.length()];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = stages.get(i);
    }
    return new Parley(run, tokens[0], nanos);
  }

  private static long tokenCount(AnnotatedDocument a) {
    long n = 0;
    for (Sentence s : a.sentences()) {
      n += s.tokens().size();
    }
    return n;
  }

  private record Baseline(BenchRun<CoreNlpBaseline.Result> run, BenchWarmUp.Result warmed, long tokens, long quotes,
      long attributed, String description) {}

  private static Baseline baseline(List<Loaded.Ok> docs, List<Loaded.Ok> warm, int warmup, int threads,
      PrintStream err) {
    long t0 = System.nanoTime();
    err.println("parley: loading the CoreNLP baseline (coref, quote) ...");
    CoreNlpBaseline pipeline = CoreNlpBaseline.load();
    err.printf(Locale.ROOT, "parley: baseline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    BenchRun<CoreNlpBaseline.Result> run;
    BenchWarmUp.Result warmed;
    ExecutorService pool = BenchRun.pool(threads);
    try {
      warmed = BenchWarmUp.run(pool, warm, warmup, d -> pipeline.annotate(d.document()));
      run = BenchRun.run(pool, docs, d -> pipeline.annotate(d.document()));
    } finally {
      pool.shutdownNow();
    }
    long tokens = 0;
    long quotes = 0;
    long attributed = 0;
    for (CoreNlpBaseline.Result r : run.results) {
      if (r != null) {
        tokens += r.tokens();
        quotes += r.quotes();
        attributed += r.attributedQuotes();
      }
    }
    String description = pipeline.describe();
    CoreNlpBaseline.releaseCachedModels();
    return new Baseline(run, warmed, tokens, quotes, attributed, description);
  }

  private static void print(PrintStream out, String name, int docs, long tokens, BenchRun<?> run, int threads) {
    out.printf(Locale.ROOT, "%-8s  %.2f documents/s, %.0f tokens/s, peak heap %.2f GB (%d documents, %d tokens in"
            + " %.1f s on %d threads, %.1f CPU s)%s%n", name, perSecond(docs, run.wallNanos),
        perSecond(tokens, run.wallNanos), run.peakHeapBytes / 1e9, docs, tokens, run.wallNanos / 1e9, threads,
        run.cpuNanos / 1e9, run.failures == 0 ? "" : ", " + run.failures + " documents failed");
    out.printf(Locale.ROOT, "  process  %.1f CPU s in all; garbage collection %.1f s, JIT compilation %.1f s%n",
        run.overhead.processCpuNanos() / 1e9, run.overhead.gcMillis() / 1e3, run.overhead.jitMillis() / 1e3);
  }

  private static double perSecond(long n, long nanos) {
    return n / Math.max(nanos / 1e9, 1e-9);
  }

  /** "annotate 96.1%, actors 1.2%, ...": each stage's share of the time spent in all of them. */
  static String shares(long[] stageNanos) {
    long total = 0;
    for (long n : stageNanos) {
      total += n;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < stageNanos.length; i++) {
      parts.add(String.format(Locale.ROOT, "%s %.1f%%", BenchStages.NAMES.get(i),
          total == 0 ? 0.0 : 100.0 * stageNanos[i] / total));
    }
    return String.join(", ", parts);
  }

  /** CoreNLP's own per-annotator times as shares of the annotation time: "TokenizerAnnotator 2.0%, ...". */
  static String annotatorShares(Map<String, Double> seconds) {
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    List<String> parts = new ArrayList<>();
    seconds.forEach((name, s) -> parts.add(String.format(Locale.ROOT, "%s %.1f%%",
        name.replace("Annotator", ""), total == 0 ? 0.0 : 100.0 * s / total)));
    return String.join(", ", parts);
  }
}
