package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Warms a pipeline up before its measured run, as a micro-benchmark harness would: rounds of documents the measured
 * run does not contain, until the JVM's own work beside the tasks (JIT compilation above all, and garbage
 * collection: the process's CPU time that is not the tasks') is under a tenth of the tasks' CPU time in a round, or
 * until a budget of documents is spent. CoreNLP and Parley are large code bases; on a 2-core machine the C2
 * compiler took a third of the CPU for a minute or more after start, which a fixed count of warm-up documents did
 * not cover. The same rule warms both pipelines up, so each is measured in its steady state.
 */
final class BenchWarmUp {
  /** Side work, as a share of the tasks' CPU time, below which a pipeline counts as warm. */
  static final double STEADY = 0.10;
  /** Documents per round. */
  static final int ROUND = 20;

  /** How the warm-up went: documents run, and the side work's share of the tasks' CPU time in the last round. */
  record Result(int documents, double sideShare) {
    boolean steady() {
      return sideShare < STEADY;
    }

    String describe() {
      if (documents == 0) {
        return "no warm-up";
      }
      return String.format(Locale.ROOT, "warm-up %d documents, JVM side work %.0f%% of task CPU in the last round%s",
          documents, 100 * sideShare, steady() ? "" : " (not yet steady: raise --warmup)");
    }
  }

  private BenchWarmUp() {}

  /**
   * Runs the task on rounds of {@link #ROUND} documents from {@code candidates} (taken in order, again from the start
   * when all were used) until the pipeline is steady or {@code budget} documents have run.
   */
  static <T> Result run(ExecutorService pool, List<T> candidates, int budget, Function<T, ?> task) {
    if (candidates.isEmpty() || budget <= 0) {
      return new Result(0, Double.NaN);
    }
    int done = 0;
    double share = Double.NaN;
    while (done < budget) {
      List<T> round = new ArrayList<>();
      for (int i = 0; i < Math.min(ROUND, budget - done); i++) {
        round.add(candidates.get((done + i) % candidates.size()));
      }
      BenchRun<?> run = BenchRun.run(pool, round, task);
      done += round.size();
      share = sideShare(run);
      if (share < STEADY) {
        break;
      }
    }
    return new Result(done, share);
  }

  /** The process's CPU time beyond the tasks', as a share of the tasks'. */
  static double sideShare(BenchRun<?> run) {
    if (run.cpuNanos <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, run.overhead.processCpuNanos() - run.cpuNanos) / (double) run.cpuNanos;
  }
}
