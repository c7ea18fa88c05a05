package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (english_UD), as its {@code depparse} annotator runs it, less two costs Parley
 * does not need. Only the basic dependencies are built (the annotator also builds the collapsed, CC-processed,
 * enhanced and enhanced++ graphs). And the parser's cache of hidden-layer vectors, which it fills as (word,
 * position) pairs outside its 100,000 precomputed ones come up, starts full with the most frequent words at every
 * word position, instead of empty: each vector costs 10,000 multiplications the first time it is met, the cost
 * that dominates parsing early in a corpus. Neither changes a parse: the cached vector is the one the parser would
 * compute, by the same arithmetic. Thread-safe as the parser is.
 */
final class Parser {
  /** The 18 features of the parser's input that are words; the others are tags and labels. */
  private static final int WORD_FEATURES = 18;

  private final DependencyParser parser;

  private Parser(DependencyParser parser) {
    this.parser = parser;
  }

  /**
   * Loads the parser with a cache of {@code cached} vectors, {@code warmWords} of the most frequent words at every
   * word position computed now (about 0.9 KB and 10,000 multiplications each).
   */
  static Parser load(int cached, int warmWords) {
    Properties props = new Properties();
    props.setProperty("numCached", Integer.toString(cached));
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
    if (warmWords > 0) {
      warm(parser, warmWords);
    }
    return new Parser(parser);
  }

  /** Parses each sentence of the annotation and sets its basic dependencies. */
  void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      GrammaticalStructure gs = parser.predict(sentence);
      SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
          GrammaticalStructure.Extras.NONE, null);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }
  }

  /**
   * Puts the hidden-layer vectors of the {@code words} most frequent words (the model lists its words by
   * frequency) at each word position into the parser's cache, where not precomputed already.
   */
  private static void warm(DependencyParser parser, int words) {
    Classifier classifier = (Classifier) field(parser, "classifier");
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> precomputed = (Map<Integer, Integer>) field(classifier, "preMap");
    @SuppressWarnings("unchecked")
    LeastRecentlyUsedCache<Integer, float[]> cache =
        (LeastRecentlyUsedCache<Integer, float[]>) field(classifier, "cache");
    if (cache == null) {
      return;
    }
    int embedding = ((Config) field(classifier, "config")).embeddingSize;
    int known = ((java.util.List<?>) field(parser, "knownWords")).size();
    float[][] w1 = classifier.getW1();
    float[][] e = classifier.getE();
    for (int word = 0; word < Math.min(words, known); word++) {
      for (int position = 0; position < WORD_FEATURES; position++) {
        int index = word * Config.numTokens + position;
        if (!precomputed.containsKey(index)) {
          cache.add(index, slice(w1, e[word], position * embedding));
        }
      }
    }
  }

  /** {@code W1[:, offset .. offset + |v|) · v}, summed in double and stored as float as the parser does. */
  private static float[] slice(float[][] matrix, float[] vector, int offset) {
    float[] out = new float[matrix.length];
    for (int i = 0; i < matrix.length; i++) {
      double partial = 0.0;
      for (int j = 0; j < vector.length; j++) {
        partial += matrix[i][offset + j] * vector[j];
      }
      out[i] = (float) partial;
    }
    return out;
  }

  private static Object field(Object owner, String name) {
    try {
      Field f = owner.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return f.get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot warm the parser's cache: expected a field '" + name + "' in "
          + owner.getClass().getName() + " (CoreNLP 4.5.10), found " + e, e);
    }
  }
}
