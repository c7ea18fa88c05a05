package org.parley.spark;

import org.parley.corenlp.CoreNlpAnnotator;
import org.parley.pipeline.Pipeline;

/**
 * The pipeline of this JVM: loaded by the first task that needs it (seconds, about 2 GB of heap) and shared by
 * every task the executor runs after it, on all its cores. In {@code local[N]} mode the driver is the executor.
 */
final class ExecutorPipeline {
  private static Pipeline pipeline;

  private ExecutorPipeline() {}

  static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = new Pipeline(CoreNlpAnnotator.load());
    }
    return pipeline;
  }
}
