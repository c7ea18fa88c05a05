package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.events.ActorCodes;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;

/**
 * The development loop for {@link PloverAccuracyIT} without models: scores the PLOVER gold records from frozen
 * annotations ({@code parley annotate} output, one {@code ID.annotated.json} per record) with the IT's own scoring,
 * and lists the misses. Not a test: the IT, with the real models, is what the floors hold.
 *
 * <p>{@code java -cp ... org.parley.cli.PloverFrozenReport FROZEN_DIR [even|odd|all] [--verbose]}
 */
final class PloverFrozenReport {
  private PloverFrozenReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: PloverFrozenReport FROZEN_DIR [even|odd|all] [--verbose]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    String half = args.length > 1 ? args[1] : "even";
    boolean verbose = List.of(args).contains("--verbose");
    PrintStream out = System.out;
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(PloverAccuracyIT.DATA, StandardCharsets.UTF_8);
    int n = 0;
    int typed = 0;
    int coded = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (half.equals("even") && i % 2 != 0 || half.equals("odd") && i % 2 != 1) {
        continue;
      }
      JsonNode r = json.readTree(lines.get(i));
      Path f = dir.resolve(BriefCommand.fileName(r.get("id").asText()) + ".annotated.json");
      AnnotatedDocument annotated = AnnotationJson.read(Files.readString(f, StandardCharsets.UTF_8));
      Analysis a = Pipeline.extract(annotated, List.of());
      int score = PloverAccuracyIT.score(r, a);
      n++;
      typed += score >= 1 ? 1 : 0;
      coded += score >= 2 ? 1 : 0;
      if (score < 2) {
        misses.add(describe(r, a, score));
      }
    }
    if (verbose) {
      misses.forEach(out::println);
    }
    out.printf("PLOVER %s: %d sentences, type %d (%.1f%%), type+source+target %d (%.1f%%)%n", half, n, typed,
        100.0 * typed / n, coded, 100.0 * coded / n);
  }

  private static String describe(JsonNode r, Analysis a, int score) {
    StringBuilder b = new StringBuilder();
    b.append(score == 0 ? "TYPE " : "ACTORS ").append(r.get("id").asText()).append('\n');
    b.append("  ").append(r.get("text").asText()).append('\n');
    b.append("  gold ").append(r.path("event").path("plover_current").asText()).append(" src ")
        .append(gold(r.path("source_actors"))).append(" tgt ").append(gold(r.path("target_actors")));
    b.append(" | ").append(r.path("markup").asText()).append('\n');
    for (Event e : a.events()) {
      b.append("  found ").append(e.type()).append(' ').append(e.mode()).append(" src ")
          .append(codes(e.source(), a)).append(" tgt ").append(codes(e.target(), a)).append(" \"")
          .append(e.text()).append("\"\n");
    }
    return b.toString();
  }

  private static String gold(JsonNode actors) {
    List<String> out = new ArrayList<>();
    actors.forEach(x -> out.add(x.path("text").asText() + "=" + x.path("code").asText()));
    return out.toString();
  }

  private static String codes(List<String> ids, Analysis a) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      for (Actor x : a.actors()) {
        if (x.id().equals(id)) {
          out.add(x.name() + "=" + ActorCodes.codes(x, null));
        }
      }
    }
    return out.toString();
  }
}
