package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code parley eval} with the real pipeline on the Wikinews development gold, and on the tuning and held-out
 * gold kept in this module (offsets only), and fails when a count drops below what Parley has reached. The tuning
 * set (108 articles; events or stances in 69 of them) may be tuned on like the development set; the held-out set
 * (68 articles, 45 with events or stances) is for measuring, not tuning: look at its totals, not at its single errors.
 */
class GoldSetsAccuracyIT {
  static final Path SHARED = Path.of(System.getProperty("parley.shared", "../../shared"));

  @Test
  void wikinewsDevelopmentSetScoresAtLeastTheFloors() {
    Map<String, Integer> total = eval(SHARED.resolve("gold/wikinews-dev").toString());
    assertFloors(total, Map.of("quotes", 37, "indirect", 56, "actors", 101, "times", 68, "stances", 33, "events", 29));
  }

  @Test
  void tuningSetScoresAtLeastTheFloors() {
    Map<String, Integer> total = eval("src/test/resources/tuning");
    assertFloors(total, Map.of("quotes", 254, "indirect", 282, "actors", 856, "times", 185, "stances", 121,
        "events", 139));
  }

  @Test
  void heldOutSetScoresAtLeastTheFloors() {
    Map<String, Integer> total = eval("src/test/resources/heldout");
    assertFloors(total, Map.of("quotes", 167, "indirect", 198, "actors", 489, "times", 295, "stances", 45,
        "events", 51));
  }

  private static void assertFloors(Map<String, Integer> total, Map<String, Integer> floors) {
    floors.forEach((key, floor) -> assertThat(total.get(key)).as(key).isGreaterThanOrEqualTo(floor));
  }

  /** The TOTAL line of {@code parley eval} as counts. */
  private static Map<String, Integer> eval(String gold) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertThat(Main.run("eval", "--shared", SHARED.toString(), gold)).isZero();
    } finally {
      System.setOut(saved);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    System.out.print(out);
    String last = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
    assertThat(last).startsWith("TOTAL");
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(\\w+) (\\d+)/(\\d+)").matcher(last);
    while (m.find()) {
      counts.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    return counts;
  }
}
