package org.parley.corenlp;

/** One CoreNLP pipeline for all integration tests of this module: loading it takes seconds and gigabytes. */
final class SharedAnnotator {
  private static CoreNlpAnnotator instance;

  private SharedAnnotator() {}

  static synchronized CoreNlpAnnotator get() {
    if (instance == null) {
      instance = CoreNlpAnnotator.load();
    }
    return instance;
  }
}
