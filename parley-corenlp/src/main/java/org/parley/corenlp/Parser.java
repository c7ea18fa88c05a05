package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (english_UD), as its {@code depparse} annotator runs it, at a fraction of the
 * cost and with the same parses. CoreNLP's model, feature extraction, transition system and dependency labels are
 * used as they are; the network's scores come from {@link TransitionScorer}, which computes the same numbers faster
 * ({@code ParserIT} checks that every parse equals CoreNLP's own). Only the basic dependencies are built (the
 * annotator also builds the collapsed, CC-processed, enhanced and enhanced++ graphs). Thread-safe.
 *
 * <p>The parser's loop, {@code DependencyParser.predict}, is private to CoreNLP, as are the few members it needs
 * (the feature extractor, the transition system's end test, the tree's heads and labels); they are reached once, at
 * load, through method handles, and a CoreNLP release that renames them fails at load with a message naming the
 * member, never later.
 */
final class Parser {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private final DependencyParser parser;
  private final ParsingSystem system;
  private final List<String> transitions;
  private final TransitionScorer scorer;
  private final MethodHandle features;
  private final MethodHandle terminal;
  private final MethodHandle tree;
  private final MethodHandle treeSize;
  private final MethodHandle head;
  private final MethodHandle label;
  private final MethodHandle relation;
  private final MethodHandle structure;

  private Parser(DependencyParser parser, int cached) {
    this.parser = parser;
    this.system = (ParsingSystem) field(parser, DependencyParser.class, "system");
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) field(system, ParsingSystem.class, "transitions");
    this.transitions = List.copyOf(names);
    Classifier classifier = (Classifier) field(parser, DependencyParser.class, "classifier");
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(classifier, Classifier.class, "preMap");
    this.scorer = TransitionScorer.of(classifier, (double[][]) field(classifier, Classifier.class, "saved"), preMap,
        cached);
    Class<?> treeClass = type("edu.stanford.nlp.parser.nndep.DependencyTree");
    this.features = method(DependencyParser.class, "getFeatureArray", MethodType.methodType(int[].class,
        Configuration.class));
    this.terminal = method(ParsingSystem.class, "isTerminal", MethodType.methodType(boolean.class,
        Configuration.class));
    this.tree = getter(Configuration.class, "tree", treeClass);
    this.treeSize = getter(treeClass, "n", int.class);
    this.head = method(treeClass, "getHead", MethodType.methodType(int.class, int.class));
    this.label = method(treeClass, "getLabel", MethodType.methodType(String.class, int.class));
    this.relation = method(DependencyParser.class, "makeGrammaticalRelation",
        MethodType.methodType(GrammaticalRelation.class, String.class));
    this.structure = method(DependencyParser.class, "makeGrammaticalStructure",
        MethodType.methodType(GrammaticalStructure.class, List.class, TreeGraphNode.class));
  }

  /**
   * Loads the parser with room for about {@code cached} word vectors beyond the 100,000 precomputed ones,
   * {@code warmWords} of the most frequent words at every word position computed now (about 0.9 KB and 10,000
   * multiplications each: early in a corpus these dominate parsing).
   */
  static Parser load(int cached, int warmWords) {
    Properties props = new Properties();
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
    Parser p = new Parser(parser, cached);
    p.scorer.warm(warmWords);
    return p;
  }

  /** Parses each sentence of the annotation and sets its basic dependencies. */
  void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      GrammaticalStructure gs = predict(sentence);
      SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
          GrammaticalStructure.Extras.NONE, null);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }
  }

  /** CoreNLP's {@code DependencyParser.predict(CoreMap)}, step for step, with the scores from the scorer. */
  GrammaticalStructure predict(CoreMap sentence) {
    try {
      Configuration c = system.initialConfiguration(sentence);
      while (!(boolean) terminal.invoke(system, c)) {
        String chosen = onlyApplicable(c);
        if (chosen == null) {
          double[] scores = scorer.scores((int[]) features.invoke(parser, c));
          double best = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < scores.length; k++) {
            if (scores[k] > best && system.canApply(c, transitions.get(k))) {
              best = scores[k];
              chosen = transitions.get(k);
            }
          }
        }
        system.apply(c, chosen);
      }
      return structure(sentence, tree.invoke(c));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("the dependency parser failed", t);
    }
  }

  /**
   * The only transition that can apply to the configuration, where there is only one (a shift while the stack holds
   * the root and at most one word): the network's scores could not change that choice, so they are not computed.
   * Else null.
   */
  private String onlyApplicable(Configuration c) {
    String only = null;
    for (String t : transitions) {
      if (system.canApply(c, t)) {
        if (only != null) {
          return null;
        }
        only = t;
      }
    }
    return only;
  }

  /** The typed dependencies of a finished parse, built as CoreNLP builds them. */
  private GrammaticalStructure structure(CoreMap sentence, Object parse) throws Throwable {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<TypedDependency> dependencies = new ArrayList<>();
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    int n = (int) treeSize.invoke(parse);
    for (int i = 1; i <= n; i++) {
      int h = (int) head.invoke(parse, i);
      String name = (String) label.invoke(parse, i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = h == 0 ? root : new IndexedWord(tokens.get(h - 1));
      GrammaticalRelation rel = h == 0 ? GrammaticalRelation.ROOT
          : (GrammaticalRelation) relation.invoke(parser, name);
      dependencies.add(new TypedDependency(rel, governor, word));
    }
    return (GrammaticalStructure) structure.invoke(parser, dependencies, new TreeGraphNode(root));
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name, false, DependencyParser.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw incompatible(name, e);
    }
  }

  private static MethodHandle method(Class<?> owner, String name, MethodType type) {
    try {
      return MethodHandles.privateLookupIn(owner, LOOKUP).findVirtual(owner, name, type);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw incompatible(owner.getName() + "." + name + type, e);
    }
  }

  private static MethodHandle getter(Class<?> owner, String name, Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(owner, LOOKUP).findGetter(owner, name, type);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw incompatible(owner.getName() + "." + name, e);
    }
  }

  private static Object field(Object instance, Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(instance);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw incompatible(owner.getName() + "." + name, e);
    }
  }

  private static IllegalStateException incompatible(String member, Exception e) {
    return new IllegalStateException("cannot set up the dependency parser: expected " + member
        + " in CoreNLP 4.5.10, found " + e, e);
  }
}
