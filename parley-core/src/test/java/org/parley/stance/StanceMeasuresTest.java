package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Passing is a vote only for a measure (measures.tsv): "passed the budget" and "passed articles of impeachment"
 * support them, "passed the bar exam" takes no position. Frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-measure-cases.txt}).
 */
class StanceMeasuresTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-measure-cases.annotated.json"));
  }

  @Test
  void passingAMeasureSupportsIt() {
    assertThat(cases.polaritiesOf("Ohio Senate", "water budget")).containsExactly("support");
    assertThat(cases.polaritiesOf("House of Delegates", "impeachment")).containsExactly("support");
  }

  @Test
  void passingAnExamTakesNoPosition() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("exam"));
  }
}
