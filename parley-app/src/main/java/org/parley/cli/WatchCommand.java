package org.parley.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.ingest.UrlFetcher;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.sources.Fetcher;
import org.parley.watch.ConditionalFetcher;
import org.parley.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley watch}: polls feeds and live pages, ingests what is new or changed, prints what changed. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Polls RSS/Atom feeds and live pages, stores new or changed items, and prints what changed: "
        + "new quotes by speaker, new events, changed stances.",
        "A source that fails (timeout, HTTP error, malformed feed) is logged and tried again later, waiting twice "
            + "as long after each failure in a row; the others go on."})
final class WatchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "URL", description = "Feeds or live pages (http or https).")
  List<String> urls;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db = Store.DEFAULT_PATH;

  @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "300",
      description = "Seconds between polls of each source (default: ${DEFAULT-VALUE}).")
  long every;

  @Option(names = "--once", description = "Poll each source once, then exit (1 when a source failed).")
  boolean once;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents whose source gives none.")
  LocalDate date;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Give up on a request after this many seconds (default: ${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
  Integer threads;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream err = System.err;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (every < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every must be >= 1 second, was " + every);
    }
    if (timeout < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be >= 1 second, was " + timeout);
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, was " + n);
    }
    for (String url : urls) {
      String u = url.toLowerCase(java.util.Locale.ROOT);
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "watch takes http(s) URLs of feeds or pages, found '" + url + "'");
      }
    }
    Duration timeoutDuration = Duration.ofSeconds(timeout);
    UrlFetcher pages = new UrlFetcher(timeoutDuration);
    try (Store store = Store.open(db)) {
      Watcher watcher = new Watcher(store, IngestCommand.analyzer(err), n, new ConditionalFetcher(timeoutDuration),
          (Fetcher) pages::fetch, date, out, err);
      if (once) {
        Watcher.Round round = watcher.poll(urls, Duration.ofSeconds(every), true);
        err.printf("parley: watch: %d sources, %d new documents, %d changed, %d failed%n", round.sources(),
            round.stored(), round.changed(), round.failed());
        return round.failed() > 0 ? 1 : 0;
      }
      err.println("parley: watching " + urls.size() + " sources every " + every + " s; Ctrl-C stops");
      watcher.run(urls, Duration.ofSeconds(every));
      return 0;
    } catch (StoreException e) {
      err.println("parley: " + e.getMessage());
      return e.badInput() ? 2 : 1;
    }
  }
}
