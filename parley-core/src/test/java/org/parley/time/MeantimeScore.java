package org.parley.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issues;
import org.parley.model.Sentence;
import org.parley.model.TimeValue;
import org.parley.model.Token;
import org.parley.pipeline.AnnotationJson;
import org.parley.util.Nullable;

/**
 * Scores time expressions against the TIMEX3 gold of NewsReader MEANTIME ({@code ../shared/data/
 * meantime-entities-time.jsonl}): detection by overlap (one system expression per gold one), value accuracy on the
 * detected ones, and value precision, recall and F1. MEANTIME annotates times only in the title, the dateline and the
 * first sentences of each article, so system expressions count against precision only up to the end of the sixth
 * sentence (CoreNLP's split; later when a gold time lies later). Used by the development runner {@link #main} and by
 * parley-app's {@code TimeAccuracyIT}.
 */
public final class MeantimeScore {
  /** A gold time expression with a span in the text. */
  public record Gold(int begin, int end, String text, String value, String type) {}

  /** One MEANTIME document: its id, date, text and gold expressions (non-consuming ones dropped). */
  public record Doc(String id, @Nullable LocalDate date, String text, List<Gold> gold) {}

  /** Summed counts; {@link #add} returns a new instance. */
  public record Counts(int gold, int system, int detected, int valueCorrect) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts add(Counts o) {
      return new Counts(gold + o.gold, system + o.system, detected + o.detected, valueCorrect + o.valueCorrect);
    }

    public double precision() {
      return system == 0 ? 0 : (double) Math.min(detected, system) / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) detected / gold;
    }

    public double f1() {
      return f(precision(), recall());
    }

    /** Right values among the detected expressions. */
    public double valueAccuracy() {
      return detected == 0 ? 0 : (double) valueCorrect / detected;
    }

    public double valueF1() {
      double p = system == 0 ? 0 : (double) valueCorrect / system;
      double r = gold == 0 ? 0 : (double) valueCorrect / gold;
      return f(p, r);
    }

    private static double f(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format("gold %d system %d | detection P %.3f R %.3f F1 %.3f | value accuracy %.3f (%d/%d) | "
          + "value F1 %.3f", gold, system, precision(), recall(), f1(), valueAccuracy(), valueCorrect, detected,
          valueF1());
    }
  }

  /** One gold expression and the system expression that matched it (null when missed). */
  public record Pair(Gold gold, TimeValue system) {
    public boolean valueOk() {
      return system != null && sameValue(gold.value(), system.value());
    }
  }

  private MeantimeScore() {}

  /**
   * The documents parley-app's {@code TimeAccuracyIT} annotates with the real models: every sixth and the one after
   * it (40 of 120, as many even as odd), so that it runs in about a minute.
   */
  public static boolean inAccuracySubset(int index) {
    return index % 6 < 2;
  }

  public static List<Doc> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      List<Gold> gold = new ArrayList<>();
      for (JsonNode t : r.path("timexes")) {
        if (t.has("start")) {
          gold.add(new Gold(t.get("start").asInt(), t.get("end").asInt(), t.path("text").asText(),
              t.path("value").asText(), t.path("type").asText()));
        }
      }
      gold.sort(Comparator.comparingInt(Gold::begin));
      String date = r.path("date").asText(null);
      docs.add(new Doc(r.path("id").asText(), date == null ? null : LocalDate.parse(date), r.path("text").asText(),
          gold));
    }
    return docs;
  }

  /**
   * The document cut after its eighth line or sentence (and after its last gold expression), which keeps all that
   * MEANTIME annotates and spares the annotator the rest.
   */
  public static Doc head(Doc doc) {
    int last = doc.gold().stream().mapToInt(Gold::end).max().orElse(0);
    Matcher m = BOUNDARY.matcher(doc.text());
    int seen = 0;
    while (m.find()) {
      if (++seen >= 8 && m.start() >= last) {
        return new Doc(doc.id(), doc.date(), doc.text().substring(0, m.start()), doc.gold());
      }
    }
    return doc;
  }

  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"\u201D]?)\\s+(?=[A-Z\"\u201C])|\n");

  /** The frozen annotation of a document, {@code DIR/<id>.annotated.json}. */
  public static AnnotatedDocument annotation(Path dir, Doc doc) throws IOException {
    AnnotatedDocument a = AnnotationJson.read(Files.readString(dir.resolve(doc.id() + ".annotated.json")));
    if (!a.text().equals(doc.text())) {
      throw new IllegalArgumentException("annotation of " + doc.id() + " was made from another text");
    }
    return a;
  }

  /** Where MEANTIME's annotated part of the document ends. */
  public static int annotatedEnd(Doc doc, AnnotatedDocument a) {
    int end = 0;
    for (Sentence s : a.sentences()) {
      if (s.index() <= 5) {
        end = Math.max(end, s.end());
      }
    }
    for (Gold g : doc.gold()) {
      Sentence s = a.sentenceAt(g.begin());
      end = Math.max(end, s == null ? g.end() : s.end());
    }
    return end;
  }

  /** Gold expressions each with its matched system expression: one-to-one, largest overlap first. */
  public static List<Pair> align(Doc doc, List<TimeValue> system) {
    List<int[]> candidates = new ArrayList<>();
    for (int g = 0; g < doc.gold().size(); g++) {
      for (int s = 0; s < system.size(); s++) {
        int o = overlap(doc.gold().get(g), system.get(s));
        if (o > 0) {
          candidates.add(new int[] {o, g, s});
        }
      }
    }
    candidates.sort(Comparator.comparingInt((int[] c) -> -c[0]).thenComparingInt(c -> c[1]));
    TimeValue[] match = new TimeValue[doc.gold().size()];
    boolean[] used = new boolean[system.size()];
    for (int[] c : candidates) {
      if (match[c[1]] == null && !used[c[2]]) {
        match[c[1]] = system.get(c[2]);
        used[c[2]] = true;
      }
    }
    List<Pair> out = new ArrayList<>();
    for (int g = 0; g < match.length; g++) {
      out.add(new Pair(doc.gold().get(g), match[g]));
    }
    return out;
  }

  public static Counts score(Doc doc, AnnotatedDocument a, List<TimeValue> system) {
    int end = annotatedEnd(doc, a);
    List<TimeValue> inside = system.stream().filter(t -> t.begin() < end).toList();
    List<Pair> pairs = align(doc, inside);
    int detected = (int) pairs.stream().filter(p -> p.system() != null).count();
    int correct = (int) pairs.stream().filter(Pair::valueOk).count();
    return new Counts(doc.gold().size(), inside.size(), detected, correct);
  }

  private static int overlap(Gold g, TimeValue s) {
    return Math.min(g.end(), s.end()) - Math.max(g.begin(), s.begin());
  }

  /**
   * Values compared exactly, but for the spellings TIMEX3 allows twice: TimeML's truncated decade or century
   * ({@code 197}) equals the X-padded form ({@code 197X}), and a trailing {@code Z} on a clock time is ignored.
   */
  public static boolean sameValue(String gold, String system) {
    return canonical(gold).equals(canonical(system));
  }

  private static String canonical(String v) {
    String s = v.strip();
    if (s.matches("\\d{2,3}X*")) {
      s = s.replace("X", "");
    }
    if (s.matches(".*T\\d\\d:\\d\\dZ")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Plain SUTime, the baseline: runs of tokens with the same SUTime tag and value (the first time extractor). */
  public static List<TimeValue> sutime(AnnotatedDocument doc) {
    Set<String> types = Set.of("DATE", "TIME", "DURATION", "SET");
    List<TimeValue> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        Token first = t.get(i);
        if (!types.contains(first.ner()) || first.normalized() == null) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).ner().equals(first.ner())
            && Objects.equals(t.get(j + 1).normalized(), first.normalized())) {
          j++;
        }
        out.add(new TimeValue(first.begin(), t.get(j).end(), doc.text().substring(first.begin(), t.get(j).end()),
            first.normalized(), first.ner()));
        i = j + 1;
      }
    }
    return out;
  }

  /** Parley's extractor. */
  public static List<TimeValue> parley(AnnotatedDocument doc) {
    return new TimeExtractor().extract(doc, new Issues());
  }

  /**
   * Development runner: {@code MeantimeScore JSONL FROZEN_DIR [even|odd|all|subset] [errors]} prints SUTime's and
   * Parley's scores on the even-indexed documents (for development), the odd ones (held back), both, or the subset
   * of {@code TimeAccuracyIT}; with {@code errors}, every gold expression Parley misses or gets wrong.
   */
  public static void main(String[] args) throws IOException {
    List<Doc> docs = read(Path.of(args[0]));
    Path dir = Path.of(args[1]);
    String half = args.length > 2 ? args[2] : "all";
    boolean errors = args.length > 3 && args[3].equals("errors");
    for (String part : half.equals("all") ? List.of("even", "odd") : List.of(half)) {
      Counts base = Counts.ZERO;
      Counts ours = Counts.ZERO;
      for (int i = 0; i < docs.size(); i++) {
        if (part.equals("subset") ? !inAccuracySubset(i) : i % 2 != (part.equals("even") ? 0 : 1)) {
          continue;
        }
        Doc d = docs.get(i);
        AnnotatedDocument a = annotation(dir, d);
        List<TimeValue> mine = parley(a);
        base = base.add(score(d, a, sutime(a)));
        ours = ours.add(score(d, a, mine));
        if (errors) {
          printErrors(d, a, mine);
        }
      }
      System.out.println(part + " SUTime " + base);
      System.out.println(part + " Parley " + ours);
    }
  }

  private static void printErrors(Doc d, AnnotatedDocument a, List<TimeValue> mine) {
    Function<TimeValue, String> f = t -> "'" + t.text() + "'=" + t.value();
    String dct = a.document().published() == null ? "?" : a.document().published().toString();
    int end = annotatedEnd(d, a);
    List<Pair> pairs = align(d, mine.stream().filter(t -> t.begin() < end).toList());
    for (Pair p : pairs) {
      if (!p.valueOk()) {
        Sentence s = a.sentenceAt(p.gold().begin());
        String ctx = s == null ? "" : d.text().substring(s.begin(), s.end()).replace('\n', ' ');
        System.out.printf("%s %s %-8s gold %-22s %-14s sys %s   || %s%n", d.id(), dct,
            p.system() == null ? "MISS" : "WRONG", "'" + p.gold().text() + "'", p.gold().value(),
            p.system() == null ? "-" : f.apply(p.system()), ctx.length() > 220 ? ctx.substring(0, 220) : ctx);
      }
    }
    for (TimeValue t : mine) {
      if (t.begin() < end && pairs.stream().noneMatch(p -> p.system() == t)) {
        System.out.printf("%s %s %-8s %s%n", d.id(), dct, "EXTRA", f.apply(t));
      }
    }
  }
}
