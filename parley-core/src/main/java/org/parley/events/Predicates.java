package org.parley.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * The predicate lexicon ({@code predicates.tsv}): which verbs, nouns and adjectives code an event, with what type,
 * CAMEO code, target slots and flags; and which of its rows match a token in its sentence.
 */
final class Predicates {
  /** The part of speech a row applies to: verb, noun, adjective with an infinitive, or a label noun. */
  enum Form { V, N, A, L }

  /** What a row asks of the token's dependents besides its lemma. */
  enum Condition { NONE, WORD, OBJECT, ARGUMENT, MODIFIER }

  static final Set<String> FLAGS = Set.of("need", "opt", "sym", "control", "xcomp", "light", "intent", "future",
      "pass", "negate", "reverse", "hedge", "speech", "claim", "label", "verbal", "document", "credits", "undergo",
      "owns", "joins", "police", "court", "receives", "captive", "active", "comp", "bare", "direct");

  /** One row of the lexicon. {@code type} and {@code cameo} are null for rows with a role only. */
  record Entry(Form form, String lemma, Condition condition, @Nullable String word, Set<String> lemmas,
      @Nullable String type, @Nullable String cameo, List<String> target, Set<String> flags,
      EventTypes.@Nullable Derived joint) {
    boolean has(String flag) {
      return flags.contains(flag);
    }

    boolean isEvent() {
      return type != null;
    }
  }

  private static final Predicates DEFAULT = load("/org/parley/events/predicates.tsv");

  private final Map<String, List<Entry>> rows = new HashMap<>();
  private final Map<Form, List<String>> defaults = new EnumMap<>(Form.class);

  private Predicates() {}

  static Predicates get() {
    return DEFAULT;
  }

  /** Number of rows, for reports. */
  int size() {
    return rows.values().stream().mapToInt(List::size).sum();
  }

  private static Predicates load(String resource) {
    Predicates p = new Predicates();
    List<String[]> table = Tsv.read(resource, 5, 5);
    for (String[] r : table) {
      String[] head = r[0].split("\\s+");
      Form form = Form.valueOf(head[0]);
      if (head[1].equals("*")) {
        p.defaults.put(form, Tsv.alternatives(r[3]));
      }
    }
    for (String[] r : table) {
      String[] head = r[0].split("\\s+");
      if (head.length < 2 || head.length > 3) {
        throw new IllegalStateException(resource + ": predicate must be 'FORM lemma [condition]', was " + r[0]);
      }
      if (head[1].equals("*")) {
        continue;
      }
      Entry e = p.entry(resource, Form.valueOf(head[0]), head[1], head.length == 3 ? head[2] : null, r);
      p.rows.computeIfAbsent(key(e.form(), e.lemma()), k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> list : p.rows.values()) {
      list.sort(Comparator.comparingInt(e -> e.condition() == Condition.NONE ? 1 : 0));
    }
    return p;
  }

  private Entry entry(String resource, Form form, String lemma, @Nullable String cond, String[] r) {
    Condition condition = Condition.NONE;
    String word = null;
    Set<String> lemmas = Set.of();
    if (cond != null) {
      if (cond.startsWith("+")) {
        condition = Condition.OBJECT;
        lemmas = Set.copyOf(Tsv.alternatives(cond.substring(1)));
      } else if (cond.startsWith("~")) {
        condition = Condition.MODIFIER;
        lemmas = Set.copyOf(Tsv.alternatives(cond.substring(1)));
      } else if (cond.contains("=")) {
        condition = Condition.ARGUMENT;
        word = cond.substring(0, cond.indexOf('='));
        lemmas = Set.copyOf(Tsv.alternatives(cond.substring(cond.indexOf('=') + 1)));
      } else {
        condition = Condition.WORD;
        word = cond;
      }
    }
    String type = r[1].equals("-") ? null : r[1];
    if (type != null && !EventTypes.PLOVER.contains(type)) {
      throw new IllegalStateException(resource + ": type must be a PLOVER type or '-', was " + r[1] + " in " + r[0]);
    }
    List<String> target = new ArrayList<>();
    for (String slot : r[3].equals("-") ? List.<String>of() : Tsv.alternatives(r[3])) {
      if (slot.equals("*")) {
        target.addAll(defaults.getOrDefault(form, List.of()));
      } else {
        target.add(slot);
      }
    }
    Set<String> flags = new LinkedHashSet<>();
    EventTypes.Derived joint = null;
    for (String f : r[4].equals("-") ? List.<String>of() : List.of(r[4].split(","))) {
      String flag = f.trim();
      if (flag.startsWith("joint=")) {
        String[] tc = flag.substring(6).split("/");
        joint = new EventTypes.Derived(tc[0], tc[1]);
      } else if (FLAGS.contains(flag)) {
        flags.add(flag);
      } else {
        throw new IllegalStateException(resource + ": flag must be one of " + FLAGS + " or joint=TYPE/CAMEO, was "
            + flag + " in " + r[0]);
      }
    }
    return new Entry(form, lemma.toLowerCase(Locale.ROOT), condition, word, lemmas, type,
        r[2].equals("-") ? null : r[2], List.copyOf(target), Set.copyOf(flags), joint);
  }

  private static String key(Form form, String lemma) {
    return form + " " + lemma;
  }

  /** The rows that match token {@code i}, the most specific first (rows with a condition before plain ones). */
  List<Entry> match(Sentence s, int i) {
    Token t = s.tokens().get(i);
    List<Entry> out = new ArrayList<>();
    for (Form form : formsOf(t)) {
      for (String lemma : lemmaKeys(t, form)) {
        for (Entry e : rows.getOrDefault(key(form, lemma), List.of())) {
          if (!out.contains(e) && holds(e, s, i)) {
            out.add(e);
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(e -> e.condition() == Condition.NONE ? 1 : 0));
    return out;
  }

  /** The label row for a noun ("peacemaker"), or null. */
  @Nullable Entry label(Token t) {
    for (String lemma : List.of(lower(t.lemma()), lower(t.word()))) {
      List<Entry> list = rows.get(key(Form.L, lemma));
      if (list != null && !list.isEmpty()) {
        return list.get(0);
      }
    }
    return null;
  }

  private static List<Form> formsOf(Token t) {
    if (t.isPos("VB")) {
      return t.pos().equals("VBN") ? List.of(Form.V, Form.A) : List.of(Form.V);
    }
    if (t.isPos("NN")) {
      return List.of(Form.N);
    }
    if (t.isPos("JJ")) {
      return List.of(Form.A);
    }
    return List.of();
  }

  private static List<String> lemmaKeys(Token t, Form form) {
    String lemma = lower(t.lemma());
    String word = lower(t.word());
    return form == Form.N && !word.equals(lemma) ? List.of(lemma, word) : List.of(lemma);
  }

  private boolean holds(Entry e, Sentence s, int i) {
    switch (e.condition()) {
      case NONE:
        return true;
      case WORD:
        return hasWord(s, i, e.word());
      case OBJECT:
        return objectLemma(s, i, e.lemmas());
      case ARGUMENT:
        for (Dependency d : s.children(i)) {
          if (Trees.isArgument(d.relation()) && e.word().equals(Trees.caseWord(s, d.dependent()))
              && e.lemmas().contains(lower(s.tokens().get(d.dependent()).lemma()))) {
            return true;
          }
        }
        return false;
      case MODIFIER:
        for (Dependency d : s.children(i)) {
          String r = d.relation();
          Token m = s.tokens().get(d.dependent());
          if ((r.equals("compound") || r.equals("amod")) && (e.lemmas().contains(lower(m.lemma()))
              || e.lemmas().contains(lower(m.word())))) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * A particle ("blow up"), the preposition of an argument ("call on X") or of a complement noun ("call to X"), or
   * the preposition that opens an infinitive clause ("call for X to resign").
   */
  private static boolean hasWord(Sentence s, int i, String word) {
    for (Dependency d : s.children(i)) {
      String r = d.relation();
      Token c = s.tokens().get(d.dependent());
      if ((r.equals("compound:prt") || r.equals("advmod") || r.equals("case")) && lower(c.word()).equals(word)) {
        return true;
      }
      if (Trees.isArgument(r) && word.equals(Trees.caseWord(s, d.dependent()))) {
        return true;
      }
    }
    return !Trees.prepositionalInfinitives(s, i, word).isEmpty(); // "called for the ban to be lifted"
  }

  /** The object (or the passive subject) has one of the lemmas, directly or as "state of emergency". */
  private static boolean objectLemma(Sentence s, int i, Set<String> lemmas) {
    for (Dependency d : s.children(i)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("nsubj:pass") || r.equals("iobj")) {
        Token o = s.tokens().get(d.dependent());
        if (lemmas.contains(lower(o.lemma())) || lemmas.contains(lower(o.word()))) {
          return true;
        }
        for (Dependency d2 : s.children(d.dependent())) {
          Token m = s.tokens().get(d2.dependent());
          if ((d2.relation().equals("nmod") || d2.relation().equals("compound") || d2.relation().equals("amod"))
              && (lemmas.contains(lower(m.lemma())) || lemmas.contains(lower(m.word())))) {
            return true;
          }
        }
      }
    }
    // a participle modifying its object: "the sanctions imposed", "the blockade lifted"
    if (s.relation(i).equals("acl") && s.head(i) >= 0) {
      Token o = s.tokens().get(s.head(i));
      return lemmas.contains(lower(o.lemma())) || lemmas.contains(lower(o.word()));
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
