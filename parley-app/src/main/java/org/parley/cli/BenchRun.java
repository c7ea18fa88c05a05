package org.parley.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs one task per item on a fixed number of threads and keeps the results in item order, with the wall time
 * and the peak heap seen while it ran. A task that throws gives a null result and is counted, never stops the run.
 *
 * @param <R> one item's result
 */
final class BenchRun<R> {
  final List<R> results;
  final int failures;
  final long wallNanos;
  final long peakHeapBytes;
  /** CPU time of the tasks, summed over threads: what the work cost when other processes share the cores. */
  final long cpuNanos;
  /** What the JVM itself spent on the side while the tasks ran: garbage collection and JIT compilation. */
  final Overhead overhead;

  private BenchRun(List<R> results, int failures, long wallNanos, long peakHeapBytes, long cpuNanos,
      Overhead overhead) {
    this.results = results;
    this.failures = failures;
    this.wallNanos = wallNanos;
    this.peakHeapBytes = peakHeapBytes;
    this.cpuNanos = cpuNanos;
    this.overhead = overhead;
  }

  /**
   * The whole process's CPU time, and the collectors' and JIT compilers' elapsed times, over a run: where the cores
   * went that the tasks did not get.
   */
  record Overhead(long processCpuNanos, long gcMillis, long jitMillis) {
    static Overhead now() {
      long gc = 0;
      for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
        gc += Math.max(0, b.getCollectionTime());
      }
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      long compiled = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
      long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? Math.max(0, os.getProcessCpuTime()) : 0;
      return new Overhead(cpu, gc, compiled);
    }

    Overhead since(Overhead start) {
      return new Overhead(processCpuNanos - start.processCpuNanos, gcMillis - start.gcMillis,
          jitMillis - start.jitMillis);
    }
  }

  /**
   * A pool of {@code threads} daemon threads, to run the warm-up and the measured run on the same threads (what a
   * pipeline keeps per thread is then built during the warm-up).
   */
  static ExecutorService pool(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    return Executors.newFixedThreadPool(threads, daemons("parley-bench"));
  }

  /** Runs the task on each item on a pool of its own, closed afterwards. */
  static <T, R> BenchRun<R> run(List<T> items, int threads, Function<T, R> task) {
    ExecutorService pool = pool(threads);
    try {
      return run(pool, items, task);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the task on each item on the given pool. */
  static <T, R> BenchRun<R> run(ExecutorService pool, List<T> items, Function<T, R> task) {
    HeapWatch heap = HeapWatch.start();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AtomicLong cpuNanos = new AtomicLong();
    Overhead start = Overhead.now();
    long t0 = System.nanoTime();
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> {
          long c0 = cpu.getCurrentThreadCpuTime();
          try {
            return task.apply(item);
          } finally {
            cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
          }
        }));
      }
      List<R> results = new ArrayList<>(items.size());
      int failures = 0;
      for (Future<R> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          results.add(null);
          failures++;
        }
      }
      long wall = System.nanoTime() - t0;
      return new BenchRun<>(results, failures, wall, heap.stop(), cpuNanos.get(), Overhead.now().since(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while benchmarking", e);
    } finally {
      heap.stop();
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Samples the used heap every few milliseconds on a daemon thread and keeps the largest value. */
  static final class HeapWatch implements Runnable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapWatch() {
      this.thread = new Thread(this, "parley-bench-heap");
      thread.setDaemon(true);
    }

    static HeapWatch start() {
      HeapWatch w = new HeapWatch();
      w.sample();
      w.thread.start();
      return w;
    }

    @Override
    public void run() {
      while (running) {
        sample();
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void sample() {
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used > peak) {
        peak = used;
      }
    }

    /** Stops sampling and returns the peak in bytes; safe to call twice. */
    long stop() {
      running = false;
      thread.interrupt();
      sample();
      return peak;
    }
  }
}
