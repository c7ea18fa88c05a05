package org.parley.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.embed.MiniLmEmbedder;
import org.parley.pipeline.Annotator;
import org.parley.pipeline.Pipeline;
import org.parley.store.Analyzer;
import org.parley.store.IngestSummary;
import org.parley.store.Ingester;
import org.parley.store.Item;
import org.parley.store.Outcome;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.sources.Fetcher;
import org.parley.store.sources.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley ingest}: documents and everything found in them into the store, skipping what is stored. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyses documents and stores them with everything found in them in the embedded store.",
        "A document already stored with the same content is skipped; one whose content changed (same URL or id) "
            + "replaces its earlier revision. Each document is stored in one transaction: an interrupted ingest "
            + "loses nothing stored, and running it again completes it."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = {"A text or HTML file, a folder (searched "
      + "recursively), a .jsonl file of {id, date, title, text, url}, a .warc or .warc.gz archive, an http(s) URL "
      + "of a page or an RSS/Atom feed, a .rss/.atom/.xml feed file, or '-' for stdin."})
  List<String> inputs;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db = Store.DEFAULT_PATH;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents whose source gives none.")
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
  Integer threads;

  @Option(names = "--force", description = "Analyse and store every document again, even when unchanged.")
  boolean force;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, was " + n);
    }
    long t0 = System.nanoTime();
    try (Store store = Store.open(db)) {
      Sources sources = new Sources(Fetcher.http(), date, System.in);
      List<Item> items = sources.expand(inputs);
      if (!sources.skipped().isEmpty()) {
        err.println("parley: skipped " + sources.skipped().size() + " files of types Parley does not read, e.g. "
            + sources.skipped().get(0));
      }
      IngestSummary summary;
      try (IngestProgress progress = IngestProgress.forConsole(err)) {
        summary = new Ingester(store, analyzer(err), n, force).run(items, progress);
      }
      report(summary, err, (System.nanoTime() - t0) / 1e9);
      return summary.anyFailure() ? 1 : summary.anyBadInput() ? 2 : 0;
    } catch (StoreException e) {
      err.println("parley: " + e.getMessage());
      return e.badInput() ? 2 : 1;
    }
  }

  /**
   * Parley's pipeline, with the models loaded when the first document needs them; issues merged with sentence
   * embeddings.
   */
  static Supplier<Analyzer> analyzer(PrintStream err) {
    return () -> {
      Annotator annotator = Models.annotator(err);
      return Analyzer.of(new Pipeline(annotator, MiniLmEmbedder.merger()));
    };
  }

  private void report(IngestSummary s, PrintStream err, double seconds) {
    err.printf("parley: %d ingested%s, %d unchanged, %d failed in %s into %s%n", s.ingested(),
        s.replaced() > 0 ? " (" + s.replaced() + " replacing earlier revisions)" : "", s.unchanged(), s.failed(),
        IngestProgress.human(Math.round(seconds)), db);
    for (Outcome.Failed f : s.failures()) {
      err.println("parley:   failed: " + f.reason());
    }
  }
}
