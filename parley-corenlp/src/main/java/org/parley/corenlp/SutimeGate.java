package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * SUTime only for sentences that can hold a time expression. CoreNLP's NER runs SUTime on every sentence, and
 * SUTime's hundreds of token patterns cost about a third of Parley's annotation time and most of its garbage;
 * a sentence without any of SUTime's lexical anchors ({@code time-anchors.txt}: digits, month and day names, time
 * units, "now", "yesterday", ...) can give it nothing, so this extractor answers "none" for it without asking.
 * CoreNLP 4.5.10 builds its SUTime extractor inside NER with no option to replace it: {@link #install} swaps it in
 * by reflection, once, at load, and fails loudly if CoreNLP's internals moved.
 */
final class SutimeGate implements TimeExpressionExtractor {
  private static final String ANCHORS = "time-anchors.txt";

  private final TimeExpressionExtractor sutime;
  private final Set<String> words;
  private final List<String> suffixes;

  private SutimeGate(TimeExpressionExtractor sutime, Set<String> words, List<String> suffixes) {
    this.sutime = sutime;
    this.words = words;
    this.suffixes = suffixes;
  }

  /** Puts a gate in front of the SUTime extractor of the given NER annotator. */
  static void install(NERCombinerAnnotator ner) {
    Object combiner = field(ner, "ner");
    Object numbers = field(combiner, "nsc");
    Object extractor = field(numbers, "timexExtractor");
    if (extractor == null) {
      throw new IllegalStateException("the NER annotator has no SUTime extractor (is ner.useSUTime on?)");
    }
    if (!(extractor instanceof SutimeGate)) {
      set(numbers, "timexExtractor", load((TimeExpressionExtractor) extractor));
    }
  }

  static SutimeGate load(TimeExpressionExtractor sutime) {
    Set<String> words = new HashSet<>();
    List<String> suffixes = new ArrayList<>();
    try (InputStream in = SutimeGate.class.getResourceAsStream(ANCHORS)) {
      if (in == null) {
        throw new IllegalStateException("resource " + ANCHORS + " is missing from the parley-corenlp jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (w.isEmpty() || w.startsWith("#")) {
          continue;
        }
        if (w.startsWith("*")) {
          suffixes.add(w.substring(1));
        } else {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ANCHORS, e);
    }
    return new SutimeGate(sutime, Set.copyOf(words), List.copyOf(suffixes));
  }

  /** Whether any token of the sentence is an anchor of SUTime's rules. */
  boolean anchored(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null) {
      return true;
    }
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (w != null && anchor(w)) {
        return true;
      }
      String original = t.originalText();
      if (original != null && !original.equals(w) && anchor(original)) {
        return true;
      }
    }
    return false;
  }

  boolean anchor(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    String w = token.toLowerCase(Locale.ROOT);
    if (listed(w) || w.length() > 1 && w.endsWith(".") && listed(w.substring(0, w.length() - 1))) {
      return true;
    }
    if (w.indexOf('-') > 0) {
      for (String part : w.split("-")) {
        if (!part.isEmpty() && listed(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean listed(String w) {
    if (words.contains(w) || w.length() > 1 && w.endsWith("s") && words.contains(w.substring(0, w.length() - 1))) {
      return true;
    }
    for (String s : suffixes) {
      if (w.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, CoreMap docAnnotation) {
    return anchored(annotation) ? sutime.extractTimeExpressionCoreMaps(annotation, docAnnotation) : new ArrayList<>();
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
    return anchored(annotation) ? sutime.extractTimeExpressionCoreMaps(annotation, docDate) : new ArrayList<>();
  }

  @Override
  public void init(String name, Properties props) {
    sutime.init(name, props);
  }

  @Override
  public void init(Options options) {
    sutime.init(options);
  }

  @Override
  public void finalize(CoreMap docAnnotation) {
    sutime.finalize(docAnnotation);
  }

  private static Object field(Object owner, String name) {
    try {
      return declared(owner.getClass(), name).get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw moved(owner, name, e);
    }
  }

  private static void set(Object owner, String name, Object value) {
    try {
      declared(owner.getClass(), name).set(owner, value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw moved(owner, name, e);
    }
  }

  private static Field declared(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }

  private static IllegalStateException moved(Object owner, String name, Exception e) {
    return new IllegalStateException("cannot put the SUTime gate in place: expected a field '" + name + "' in "
        + owner.getClass().getName() + " (CoreNLP 4.5.10), found " + e, e);
  }
}
