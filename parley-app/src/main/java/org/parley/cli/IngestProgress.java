package org.parley.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.store.Ingester;
import org.parley.store.Outcome;
import org.parley.util.Nullable;

/**
 * Progress of {@code parley ingest}: a progress bar with rate and ETA on a terminal; otherwise a plain line
 * every few seconds (and at the end) with counts, rate and ETA, fit for logs.
 */
final class IngestProgress implements Ingester.Listener, AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private @Nullable ProgressBar bar;
  private int total;
  private int done;
  private int ingested;
  private int unchanged;
  private int failed;
  private long start;
  private long lastLine;

  IngestProgress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** A bar when stderr is most likely a terminal (the JVM has a console), plain lines otherwise. */
  static IngestProgress forConsole(PrintStream err) {
    return new IngestProgress(err, System.console() != null);
  }

  @Override
  public void started(int total) {
    this.total = total;
    this.start = System.nanoTime();
    this.lastLine = start;
    if (terminal && total > 0) {
      bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(500).build();
    }
  }

  @Override
  public void finished(Outcome outcome) {
    done++;
    if (outcome instanceof Outcome.Stored) {
      ingested++;
    } else if (outcome instanceof Outcome.Unchanged) {
      unchanged++;
    } else {
      failed++;
    }
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(" " + ingested + " ingested, " + unchanged + " unchanged, " + failed + " failed");
      return;
    }
    long now = System.nanoTime();
    if (now - lastLine >= PLAIN_EVERY_NANOS || done == total) {
      lastLine = now;
      err.println(line(now));
    }
  }

  private String line(long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    double rate = done / seconds;
    String eta = done == total ? "done" : "ETA " + human((long) ((total - done) / Math.max(rate, 1e-9)));
    return String.format("parley: ingest %d/%d (%d%%): %d ingested, %d unchanged, %d failed; %.2f documents/s, %s",
        done, total, total == 0 ? 100 : done * 100 / total, ingested, unchanged, failed, rate, eta);
  }

  /** A duration for people: {@code 42s}, {@code 5m08s}, {@code 1h02m}. */
  static String human(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format("%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
