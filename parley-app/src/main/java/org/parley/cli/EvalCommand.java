package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.pipeline.AnnotationJson;
import org.parley.embed.MiniLmEmbedder;
import org.parley.pipeline.Pipeline;
import org.parley.stance.IssueMerger;
import org.parley.render.JsonContract;
import org.parley.render.MarkdownBriefing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley eval}: runs Parley on the documents of gold files and scores each with the shared scorer
 * ({@code score_gold.py}), then prints the summed counts. With {@code --frozen DIR}, annotations come from
 * {@code DIR/<id>.annotated.json} where present (no models needed), which makes extractor work fast.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores Parley against gold files (a file or a folder of *.gold.json) with score_gold.py.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files or folders of *.gold.json.")
  List<Path> gold;

  @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
      description = "The shared folder: tools/score_gold.py and data/wikinews-ccby.jsonl (default ../shared).")
  Path shared;

  @Option(names = "--frozen", paramLabel = "DIR",
      description = "Read annotations from DIR/<id>.annotated.json when present (see 'parley annotate').")
  Path frozen;

  @Option(names = "--verbose", description = "Print the scorer's full report for each document.")
  boolean verbose;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Keep each document's output in DIR as <id>.json (what was scored) and <id>.md (its briefing).")
  Path keep;

  @Option(names = "--lexical-issues",
      description = "Merge issues by synonyms and lemmas only, without the sentence-embedding model.")
  boolean lexicalIssues;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<Path> files = new ArrayList<>();
    for (Path g : gold) {
      if (Files.isDirectory(g)) {
        try (Stream<Path> s = Files.list(g)) {
          s.filter(p -> p.toString().endsWith(".gold.json")).sorted().forEach(files::add);
        }
      } else {
        files.add(g);
      }
    }
    if (files.isEmpty()) {
      System.err.println("parley: no *.gold.json files in " + gold);
      return 2;
    }
    Path scorer = shared.resolve("tools/score_gold.py");
    if (!Files.exists(scorer)) {
      System.err.println("parley: scorer not found: " + scorer + " (set --shared)");
      return 2;
    }
    // the scorer's copies of the gold files, and outputs not kept with --out, go to a scratch folder removed at the end
    Path tmp = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "parley-eval");
    try {
      return scoreAll(files, scorer, tmp, out);
    } finally {
      deleteTree(tmp);
    }
  }

  private int scoreAll(List<Path> files, Path scorer, Path tmp, PrintStream out) throws Exception {
    Map<String, int[]> total = new LinkedHashMap<>();
    int[] precision = new int[2];
    if (keep != null) {
      Files.createDirectories(keep);
    }
    ObjectMapper json = new ObjectMapper();
    IssueMerger merger = lexicalIssues ? IssueMerger.lexical() : MiniLmEmbedder.merger();
    int failed = 0;
    for (Path g : files) {
      String name = g.getFileName().toString().replace(".gold.json", "");
      JsonNode goldJson;
      Document d;
      Path goldForScorer = tmp.resolve(g.getFileName());
      try {
        goldJson = json.readTree(g.toFile());
        d = document(g, goldJson.path("document"));
        if (d == null) {
          throw new IOException("its document was not found");
        }
        Files.writeString(goldForScorer, json.writeValueAsString(withTexts(goldJson, d.text())),
            StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        System.err.println("parley: " + g + ": not scored: " + firstLine(e));
        failed++;
        continue;
      }
      Path output = (keep != null ? keep : tmp).resolve(BriefCommand.fileName(d.id()) + ".json");
      try {
        Analysis a = Pipeline.extract(annotate(d), List.of(), merger);
        Files.writeString(output, JsonContract.write(a), StandardCharsets.UTF_8);
        if (keep != null) {
          Files.writeString(keep.resolve(BriefCommand.fileName(d.id()) + ".md"), MarkdownBriefing.write(a),
              StandardCharsets.UTF_8);
        }
      } catch (IOException | RuntimeException e) {
        // one document's failure must not end the run: its gold still counts, with nothing found
        System.err.println("parley: " + name + ": analysis failed (" + firstLine(e)
            + "); scored as an empty output");
        failed++;
        Files.writeString(output, emptyOutput(json, d), StandardCharsets.UTF_8);
      }
      String report = score(scorer, goldForScorer, output, d);
      String last = report.strip().substring(report.strip().lastIndexOf('\n') + 1);
      if (verbose) {
        out.println(report.strip());
      }
      out.printf("%-48s %s%n", name, last);
      addQuotePrecision(report, last, precision);
      Matcher m = Pattern.compile("(\\w+) (\\d+)/(\\d+)").matcher(last);
      while (m.find()) {
        int[] t = total.computeIfAbsent(m.group(1), k -> new int[2]);
        t[0] += Integer.parseInt(m.group(2));
        t[1] += Integer.parseInt(m.group(3));
      }
    }
    if (precision[1] > 0) {
      out.printf("PRECISION quotes %d/%d (Parley's quotes that match a gold quote, in documents with quote gold)%n",
          precision[1] - precision[0], precision[1]);
    }
    StringBuilder line = new StringBuilder("TOTAL");
    total.forEach((k, v) -> line.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
    out.println(line);
    if (failed > 0) {
      System.err.println("parley: " + failed + " of " + files.size() + " gold files failed (see above)");
      return 1;
    }
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String firstLine(Throwable e) {
    return Main.describe(e).lines().findFirst().orElse("").strip();
  }

  /** What the scorer reads for a document whose analysis failed: its text and nothing found. */
  private static String emptyOutput(ObjectMapper json, Document d) throws IOException {
    var o = json.createObjectNode();
    o.putObject("document").put("id", d.id()).put("text", d.text());
    for (String section : List.of("actors", "quotes", "events", "issues", "stances", "options", "times")) {
      o.putArray(section);
    }
    return json.writeValueAsString(o);
  }

  /**
   * Adds one document's unmatched and all non-indirect system quotes to {@code acc} ({unmatched, all}) when its gold
   * lists quotes: a gold file that lists any quote lists them all, so a system quote matching none is a false one.
   */
  static void addQuotePrecision(String report, String last, int[] acc) {
    Matcher gold = QUOTE_GOLD.matcher(last);
    Matcher sys = SYSTEM_QUOTES.matcher(report);
    if (gold.find() && Integer.parseInt(gold.group(1)) > 0 && sys.find()) {
      acc[0] += Integer.parseInt(sys.group(2));
      acc[1] += Integer.parseInt(sys.group(1));
    }
  }

  private static final Pattern QUOTE_GOLD = Pattern.compile("quotes \\d+/(\\d+)");
  private static final Pattern SYSTEM_QUOTES =
      Pattern.compile("system quotes \\(non-indirect\\) (\\d+), matched to no gold quote (\\d+)");

  /** The gold file's document: its own text file, or the corpus record with its id. */
  private Document document(Path g, JsonNode doc) throws IOException {
    LocalDate date = doc.hasNonNull("published") ? LocalDate.parse(doc.get("published").asText()) : null;
    if (doc.hasNonNull("file")) {
      for (Path base : List.of(g.toAbsolutePath().getParent(), g.toAbsolutePath().getParent().getParent(), shared)) {
        Path p = base.resolve(doc.get("file").asText());
        if (Files.exists(p)) {
          return ok(Inputs.read(p.toString(), date));
        }
      }
      return null;
    }
    String id = doc.path("id").asText();
    Path corpus = shared.resolve("data/wikinews-ccby.jsonl");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.contains(id) && id.equals(json.readTree(line).path("id").asText())) {
        Path one = Files.createTempFile("parley-eval", ".jsonl");
        Files.writeString(one, line + "\n", StandardCharsets.UTF_8);
        Document d = ok(Inputs.read(one.toString(), date));
        Files.delete(one);
        return d;
      }
    }
    return null;
  }

  /**
   * Gold files kept in the project point at their document by offsets (no copied sentences): each quote, indirect
   * and time item with {@code begin}/{@code end} gets the {@code text} (or {@code contains}) and
   * {@code occurrence} that the scorer reads.
   */
  static JsonNode withTexts(JsonNode gold, String text) {
    for (String section : List.of("quotes", "indirect", "times")) {
      for (JsonNode item : gold.path(section)) {
        if (item.has("begin") && item.has("end") && item instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
          int b = item.get("begin").asInt();
          int e = item.get("end").asInt();
          if (b < 0 || e > text.length() || e <= b) {
            throw new IllegalArgumentException(section + " item [" + b + ", " + e + ") lies outside the text (length "
                + text.length() + ")");
          }
          String words = text.substring(b, e);
          o.put(section.equals("indirect") ? "contains" : "text", words);
          o.put("occurrence", occurrence(text, words, b));
          o.remove("begin");
          o.remove("end");
        }
      }
    }
    return gold;
  }

  /** Which occurrence (1-based, overlapping, case-sensitive) of {@code words} starts at {@code at}. */
  static int occurrence(String text, String words, int at) {
    int n = 0;
    for (int i = text.indexOf(words); i >= 0 && i <= at; i = text.indexOf(words, i + 1)) {
      n++;
    }
    return Math.max(n, 1);
  }

  private static Document ok(List<Loaded> loaded) {
    return loaded.size() == 1 && loaded.get(0) instanceof Loaded.Ok o ? o.document() : null;
  }

  private AnnotatedDocument annotate(Document d) throws IOException {
    if (frozen != null) {
      Path f = frozen.resolve(BriefCommand.fileName(d.id()) + ".annotated.json");
      if (Files.exists(f)) {
        AnnotatedDocument a = AnnotationJson.read(Files.readString(f, StandardCharsets.UTF_8));
        if (a.document().text().equals(d.text())) {
          return a;
        }
        System.err.println("parley: " + f + " was made from another text; annotating anew");
      }
    }
    return Models.annotator(System.err).annotate(d);
  }

  private static String score(Path scorer, Path g, Path output, Document d) throws IOException, InterruptedException {
    Path text = Files.createTempFile("parley-eval", ".txt");
    Files.writeString(text, d.text(), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("python3", scorer.toString(), g.toString(), output.toString(), "--text",
        text.toString(), "--use-output-text").redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Files.delete(text);
    return report;
  }
}
