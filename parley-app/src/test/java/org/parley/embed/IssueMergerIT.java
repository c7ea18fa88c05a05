package org.parley.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.model.Issue;
import org.parley.stance.IssueKeys;
import org.parley.stance.IssueMerger;

/**
 * Measures issue merging with the all-MiniLM-L6-v2 embeddings at {@link IssueMerger#DEFAULT_THRESHOLD} on labelled
 * pairs of issue labels ({@code src/test/resources/issues/issue-pairs.tsv}): merges must be right (precision), and
 * enough of the paraphrases must be found (recall). Floors are what was measured; raise them, never lower them.
 */
class IssueMergerIT {
  private static final Path PAIRS = Path.of("src/test/resources/issues/issue-pairs.tsv");

  @Test
  void mergesParaphrasedIssuesWithoutMergingRelatedOnes() throws IOException {
    IssueMerger merger = MiniLmEmbedder.merger();
    IssueKeys keys = IssueKeys.get();
    int merged = 0;
    int right = 0;
    int same = 0;
    for (String line : Files.readAllLines(PAIRS, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      boolean gold = cells[2].strip().equals("1");
      boolean found = merger.same(new Issue("a", cells[0], keys.key(cells[0])),
          new Issue("b", cells[1], keys.key(cells[1])));
      same += gold ? 1 : 0;
      merged += found ? 1 : 0;
      right += found && gold ? 1 : 0;
    }
    assertThat(merged).as("pairs merged").isGreaterThan(0);
    assertThat((double) right / merged).as("precision: %d of %d merges right", right, merged).isEqualTo(1.0);
    assertThat(right).as("recall: %d of %d paraphrases merged", right, same).isGreaterThanOrEqualTo(16);
  }

  @Test
  void embedsOfflineToUnitLengthVectors() {
    float[] v = new MiniLmEmbedder().embed("a ceasefire");
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(v).hasSize(384);
    assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }
}
