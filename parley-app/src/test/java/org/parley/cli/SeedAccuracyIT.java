package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real pipeline on the seed article and scores it with the shared scorer. The floors are what Parley
 * has reached: raise them as the work improves, never lower them to make a change pass.
 */
class SeedAccuracyIT {
  static final Path SHARED = Path.of(System.getProperty("parley.shared", "../../shared"));
  static final Path SEED = SHARED.resolve("seed/000_18622258dec15cd8.txt");
  static final Path GOLD = SHARED.resolve("gold/000_18622258dec15cd8.gold.json");

  /** Floors for the scorer's counts. */
  static final Map<String, Integer> FLOORS = Map.of("quotes", 25, "indirect", 13, "actors", 17, "times", 6, "stances", 13,
      "events", 9, "options", 4);

  @Test
  void seedScoresAtLeastTheFloors(@TempDir Path out) throws Exception {
    int code = Main.run("brief", "--format", "json", "--date", "2025-08-18", "--out", out.toString(), SEED.toString());
    assertThat(code).isZero();
    Path json = out.resolve("000_18622258dec15cd8.json");
    assertThat(json).exists();
    Map<String, Integer> score = score(GOLD, json);
    System.out.println("seed score: " + score);
    FLOORS.forEach((key, floor) -> assertThat(score.get(key)).as(key).isGreaterThanOrEqualTo(floor));
  }

  /** Runs {@code score_gold.py} and reads its last line into counts. */
  static Map<String, Integer> score(Path gold, Path output) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", SHARED.resolve("tools/score_gold.py").toString(), gold.toString(),
        output.toString(), "--quiet").redirectErrorStream(true).start();
    String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("scorer exit status; output: %s", all).isZero();
    String[] lines = all.strip().split("\n");
    String last = lines[lines.length - 1];
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(\\w+) (\\d+)/(\\d+)").matcher(last);
    while (m.find()) {
      counts.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    assertThat(counts).as("scorer line: %s", last).containsKeys("quotes", "actors");
    assertThat(last).as("options in the order the text gives").contains("order OK");
    return counts;
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
