package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * SUTime as Parley runs it inside CoreNLP's NER: only for sentences that can hold a time expression, and with no
 * memory from one document to the next.
 *
 * <p>Speed: SUTime's hundreds of token patterns cost more than half of annotation time and most of its garbage; a
 * sentence without any of SUTime's lexical anchors ({@code time-anchors.txt}: digits, month and day names, time
 * units, number words, "now", "yesterday", ...) can give it nothing, so it is not asked.
 *
 * <p>Determinism: SUTime tags its shared constants (MONDAY, ...) with the tense it guessed for them ("expired on
 * Monday": resolve to the past) and never clears the tags, so a later "Mon" in another document resolves by them
 * (CoreNLP issue 1061): results depend on which documents came before, and on threads. Here each thread has its
 * own SUTime, built from the same options, whose tags are cleared when a document starts ({@link #startDocument}).
 *
 * <p>CoreNLP 4.5.10 builds its SUTime inside NER with no option to replace it: {@link #install} swaps this in by
 * reflection, once, at load, and fails loudly if CoreNLP's internals moved.
 */
final class SutimeGate implements TimeExpressionExtractor {
  private static final String ANCHORS = "time-anchors.txt";

  private static final String RESOLVE_TO = "resolveTo";

  private final Options options;
  private final boolean gated;
  private final Set<String> words;
  private final List<String> suffixes;
  private final ThreadLocal<Local> local = ThreadLocal.withInitial(this::newLocal);

  /** One thread's SUTime, with the constants whose tags must be cleared between documents. */
  private record Local(TimeExpressionExtractorImpl sutime, List<Expression> constants) {}

  private SutimeGate(Options options, boolean gated, Set<String> words, List<String> suffixes) {
    this.options = options;
    this.gated = gated;
    this.words = words;
    this.suffixes = suffixes;
  }

  /**
   * Replaces the SUTime of the given NER annotator with this, and returns it.
   *
   * @param gated whether sentences without a time anchor skip SUTime (else only the per-document reset applies)
   */
  static SutimeGate install(NERCombinerAnnotator ner, boolean gated) {
    Object combiner = field(ner, "ner");
    Object numbers = field(combiner, "nsc");
    Object extractor = field(numbers, "timexExtractor");
    if (extractor instanceof SutimeGate g) {
      return g;
    }
    if (!(extractor instanceof TimeExpressionExtractorImpl impl)) {
      throw new IllegalStateException("expected CoreNLP's SUTime (TimeExpressionExtractorImpl) inside NER, found "
          + (extractor == null ? "none (is ner.useSUTime on?)" : extractor.getClass().getName()));
    }
    SutimeGate gate = load((Options) field(impl, "options"), gated);
    set(numbers, "timexExtractor", gate);
    return gate;
  }

  /** Forgets what SUTime guessed in this thread's previous document. Call before each document. */
  void startDocument() {
    for (Expression e : local.get().constants()) {
      Tags tags = e.getTags();
      if (tags != null) {
        tags.removeTag(RESOLVE_TO);
      }
    }
  }

  private Local newLocal() {
    TimeExpressionExtractorImpl sutime = new TimeExpressionExtractorImpl();
    sutime.init(options);
    Env env = (Env) field(field(sutime, "timexPatterns"), "env");
    List<Expression> constants = new ArrayList<>();
    collect(env.getVariables().values(), constants, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return new Local(sutime, List.copyOf(constants));
  }

  /** Every expression reachable from SUTime's variables (constants, and the maps and lists that hold them). */
  private static void collect(Iterable<?> values, List<Expression> out, Set<Object> seen) {
    for (Object v : values) {
      if (v == null || !seen.add(v)) {
        continue;
      }
      if (v instanceof Expression e) {
        out.add(e);
        Object inner = e instanceof Value<?> value ? value.get() : null;
        if (inner instanceof Map<?, ?> || inner instanceof Collection<?>) {
          collect(List.of(inner), out, seen);
        }
      } else if (v instanceof Map<?, ?> m) {
        collect(m.values(), out, seen);
      } else if (v instanceof Collection<?> c) {
        collect(c, out, seen);
      }
    }
  }

  static SutimeGate load(Options options, boolean gated) {
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
    return new SutimeGate(options, gated, Set.copyOf(words), List.copyOf(suffixes));
  }

  /** Whether any token of the sentence is an anchor of SUTime's rules (always, when not gated). */
  boolean anchored(CoreMap sentence) {
    if (!gated) {
      return true;
    }
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
    return anchored(annotation) ? local.get().sutime().extractTimeExpressionCoreMaps(annotation, docAnnotation)
        : new ArrayList<>();
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
    return anchored(annotation) ? local.get().sutime().extractTimeExpressionCoreMaps(annotation, docDate)
        : new ArrayList<>();
  }

  @Override
  public void init(String name, Properties props) {
    throw new UnsupportedOperationException("Parley's SUTime is configured once, when the models load");
  }

  @Override
  public void init(Options options) {
    throw new UnsupportedOperationException("Parley's SUTime is configured once, when the models load");
  }

  @Override
  public void finalize(CoreMap docAnnotation) {
    local.get().sutime().finalize(docAnnotation);
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
