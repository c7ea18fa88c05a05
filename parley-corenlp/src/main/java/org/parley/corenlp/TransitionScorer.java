package org.parley.corenlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The scores of a configuration's transitions under CoreNLP's neural dependency parser (Chen and Manning 2014):
 * the same network and the same arithmetic as {@code Classifier.computeScores}, in the same order of operations,
 * so every score is the same double and every parse the same parse. Only the layout is changed, for speed:
 *
 * <ul>
 *   <li>the output layer, two thirds of all parsing time, is computed with the hidden units outside and the
 *       transitions inside ({@code scores[k] += h[j] * W2[k][j]}, W2 transposed into doubles once), a loop the JIT
 *       turns into vector instructions where CoreNLP's dot products cannot be; each score still sums its terms in
 *       hidden-unit order;</li>
 *   <li>the 100,000 precomputed (feature, position) vectors are found through an int-keyed open-addressing table
 *       instead of a map of boxed integers;</li>
 *   <li>the other word vectors are kept in a lock-free cache that threads share: any vector in it is the one that
 *       would be computed anew, so which ones it holds never changes a score.</li>
 * </ul>
 *
 * Thread-safe.
 */
final class TransitionScorer {
  /** Feature positions in the parser's input: 18 words, 18 tags, 12 labels. */
  static final int FEATURES = 48;
  /** The first {@link #WORD_FEATURES} features are words; only words fall outside the precomputed vectors. */
  static final int WORD_FEATURES = 18;

  /** {@code w1t[c][i] = W1[i][c]}: the hidden layer's weights, one input column at a time. */
  private final float[][] w1t;
  private final int hiddenSize;
  private final float[][] embeddings;
  private final float[] b1;
  /** {@code w2t[j][k] = (double) W2[k][j]}. */
  private final double[][] w2t;
  private final int transitions;
  private final int embeddingSize;
  private final double[][] saved;
  private final IntTable precomputed;
  private final AtomicReferenceArray<Slice> cache;
  private final int cacheMask;

  /** A cached hidden-layer slice: the vector of one (feature, position) pair, 4 KB. */
  private record Slice(int key, float[] vector) {}

  private TransitionScorer(Classifier classifier, double[][] saved, Map<Integer, Integer> preMap, int cacheSlots) {
    float[][] w1 = classifier.getW1();
    this.hiddenSize = w1.length;
    this.w1t = new float[w1[0].length][hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int c = 0; c < w1[i].length; c++) {
        w1t[c][i] = w1[i][c];
      }
    }
    this.embeddings = classifier.getE();
    this.b1 = classifier.getb1();
    float[][] w2 = classifier.getW2();
    this.transitions = w2.length;
    this.w2t = new double[b1.length][transitions];
    for (int k = 0; k < transitions; k++) {
      for (int j = 0; j < b1.length; j++) {
        w2t[j][k] = w2[k][j];
      }
    }
    this.embeddingSize = embeddings[0].length;
    this.saved = saved;
    this.precomputed = new IntTable(preMap);
    int slots = Integer.highestOneBit(Math.max(2, cacheSlots));
    this.cache = new AtomicReferenceArray<>(slots);
    this.cacheMask = slots - 1;
  }

  /**
   * A scorer for the classifier's network, given its precomputed vectors ({@code saved}, indexed through
   * {@code preMap}), with room for {@code cacheSlots} other word vectors (rounded down to a power of two; 4 KB each).
   */
  static TransitionScorer of(Classifier classifier, double[][] saved, Map<Integer, Integer> preMap, int cacheSlots) {
    return new TransitionScorer(classifier, saved, preMap, cacheSlots);
  }

  /** The score of each transition, in the parsing system's order, for a configuration's 48 feature ids. */
  double[] scores(int[] features) {
    double[] hidden = new double[b1.length];
    int offset = 0;
    for (int j = 0; j < features.length; j++) {
      int token = features[j];
      int key = token * FEATURES + j;
      int id = precomputed.get(key);
      if (id >= 0) {
        double[] vector = saved[id];
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] += vector[i];
        }
      } else {
        float[] vector = slice(key, token, offset);
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] += vector[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hidden.length; i++) {
      double h = hidden[i] + b1[i];
      hidden[i] = h * h * h;
    }
    double[] scores = new double[transitions];
    for (int j = 0; j < hidden.length; j++) {
      double h = hidden[j];
      double[] column = w2t[j];
      for (int k = 0; k < transitions; k++) {
        scores[k] += h * column[k];
      }
    }
    return scores;
  }

  /** Puts the vectors of the {@code words} most frequent words at every word position into the cache. */
  void warm(int words) {
    for (int word = 0; word < Math.min(words, embeddings.length); word++) {
      for (int position = 0; position < WORD_FEATURES; position++) {
        int key = word * FEATURES + position;
        if (precomputed.get(key) < 0) {
          slice(key, word, position * embeddingSize);
        }
      }
    }
  }

  /**
   * The hidden-layer vector of one (feature, position) pair, from the cache or computed and cached. The cache is
   * two-way: a key may sit in either slot of its pair, and a new vector replaces the one in its first slot, whose
   * old vector moves to the second.
   */
  private float[] slice(int key, int token, int offset) {
    int slot = mix(key) & cacheMask;
    Slice first = cache.get(slot);
    if (first != null && first.key == key) {
      return first.vector;
    }
    Slice second = cache.get(slot ^ 1);
    if (second != null && second.key == key) {
      return second.vector;
    }
    float[] vector = multiplySlice(embeddings[token], offset);
    if (first != null) {
      cache.lazySet(slot ^ 1, first);
    }
    cache.lazySet(slot, new Slice(key, vector));
    return vector;
  }

  /**
   * {@code W1[:, offset .. offset + |v|) · v} as CoreNLP computes it: each product in float, each row's products
   * summed in double in column order, the sum rounded to float. The loop runs over rows inside columns, which the
   * JIT vectorises; each row's sum keeps its order.
   */
  private float[] multiplySlice(float[] v, int offset) {
    double[] partial = new double[hiddenSize];
    for (int j = 0; j < v.length; j++) {
      float vj = v[j];
      float[] column = w1t[offset + j];
      for (int i = 0; i < hiddenSize; i++) {
        partial[i] += column[i] * vj;
      }
    }
    float[] out = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      out[i] = (float) partial[i];
    }
    return out;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Non-negative int keys to non-negative int values, open addressing; -1 for a missing key. */
  static final class IntTable {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntTable(Map<Integer, Integer> map) {
      int size = Integer.highestOneBit(Math.max(2, map.size() * 2 - 1)) << 1;
      keys = new int[size];
      values = new int[size];
      mask = size - 1;
      java.util.Arrays.fill(keys, -1);
      map.forEach((k, v) -> {
        if (k < 0 || v < 0) {
          throw new IllegalArgumentException("negative key or value: " + k + " -> " + v);
        }
        int i = mix(k) & mask;
        while (keys[i] >= 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = v;
      });
    }

    int get(int key) {
      int i = mix(key) & mask;
      while (true) {
        int k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k < 0) {
          return -1;
        }
        i = (i + 1) & mask;
      }
    }
  }
}
