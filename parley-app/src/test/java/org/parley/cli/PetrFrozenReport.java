package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.events.ActorCodes;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;

/**
 * A second study set for event coding, without models: the PETR-2 validation sentences
 * ({@code ../shared/data/petr2-gsr-cameo.jsonl}, older wire news coded in CAMEO) scored from frozen annotations
 * ({@code ID.annotated.json} per record). A sentence with gold events counts as rooted when some Parley event has the
 * CAMEO root (first two digits) of a gold event, and as coded when that event also carries the gold source and target
 * countries (first three letters; an unknown country {@code ---} asks only for some participant). Not a test.
 *
 * <p>{@code java -cp ... org.parley.cli.PetrFrozenReport FROZEN_DIR [--verbose]}
 */
final class PetrFrozenReport {
  static final Path DATA = SeedAccuracyIT.SHARED.resolve("data/petr2-gsr-cameo.jsonl");

  private PetrFrozenReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: PetrFrozenReport FROZEN_DIR [--verbose]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    boolean verbose = List.of(args).contains("--verbose");
    PrintStream out = System.out;
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    int rooted = 0;
    int coded = 0;
    for (String line : Files.readAllLines(DATA, StandardCharsets.UTF_8)) {
      JsonNode r = json.readTree(line);
      Path f = dir.resolve(BriefCommand.fileName(r.get("id").asText()) + ".annotated.json");
      if (r.path("no_events").asBoolean() || r.path("events").isEmpty() || !Files.exists(f)) {
        continue;
      }
      AnnotatedDocument annotated = AnnotationJson.read(Files.readString(f, StandardCharsets.UTF_8));
      Analysis a = Pipeline.extract(annotated, List.of());
      int score = score(r, a);
      n++;
      rooted += score >= 1 ? 1 : 0;
      coded += score >= 2 ? 1 : 0;
      if (verbose && score < 2) {
        out.println(describe(r, a, score));
      }
    }
    out.printf("PETR-2: %d sentences, CAMEO root %d (%.1f%%), root+source+target %d (%.1f%%)%n", n, rooted,
        100.0 * rooted / n, coded, 100.0 * coded / n);
  }

  /** 0: no gold root; 1: a gold root; 2: a gold root with its source and target. */
  static int score(JsonNode gold, Analysis a) {
    Map<String, Actor> actors = new HashMap<>();
    a.actors().forEach(x -> actors.put(x.id(), x));
    int best = 0;
    for (JsonNode g : gold.path("events")) {
      String root = g.path("cameo_code").asText().substring(0, 2);
      for (Event e : a.events()) {
        if (e.cameo() == null || !e.cameo().startsWith(root)) {
          continue;
        }
        boolean coded = matches(g.path("source_code").asText(), e.source(), actors)
            && matches(g.path("target_code").asText(), e.target(), actors);
        best = Math.max(best, coded ? 2 : 1);
      }
    }
    return best;
  }

  private static boolean matches(String code, List<String> ids, Map<String, Actor> actors) {
    if (code.length() < 3) {
      return true;
    }
    String country = code.substring(0, 3);
    if (country.equals("---")) {
      return !ids.isEmpty();
    }
    return countries(ids, actors).contains(country);
  }

  private static Set<String> countries(List<String> ids, Map<String, Actor> actors) {
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      Actor x = actors.get(id);
      if (x != null) {
        ActorCodes.codes(x, null).forEach(c -> out.add(c.substring(0, Math.min(3, c.length()))));
      }
    }
    return out;
  }

  private static String describe(JsonNode r, Analysis a, int score) {
    StringBuilder b = new StringBuilder();
    b.append(score == 0 ? "ROOT " : "ACTORS ").append(r.get("id").asText()).append('\n');
    b.append("  ").append(r.get("text").asText()).append('\n');
    for (JsonNode g : r.path("events")) {
      b.append("  gold ").append(g.path("cameo_code").asText()).append(' ').append(g.path("source_code").asText())
          .append(" -> ").append(g.path("target_code").asText()).append('\n');
    }
    Map<String, Actor> actors = new HashMap<>();
    a.actors().forEach(x -> actors.put(x.id(), x));
    for (Event e : a.events()) {
      b.append("  found ").append(e.type()).append(' ').append(e.cameo()).append(' ').append(e.mode()).append(" src ")
          .append(names(e.source(), actors)).append(" tgt ").append(names(e.target(), actors)).append(" \"")
          .append(e.text()).append("\"\n");
    }
    return b.toString();
  }

  private static List<String> names(List<String> ids, Map<String, Actor> actors) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Actor x = actors.get(id);
      if (x != null) {
        out.add(x.name() + "=" + ActorCodes.codes(x, null));
      }
    }
    return out;
  }
}
