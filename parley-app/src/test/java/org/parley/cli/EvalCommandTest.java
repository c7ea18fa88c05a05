package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvalCommandTest {
  private static final String REPORT = "QUOTES  correct 3/4   found (speech only) 3/3   system quotes (non-indirect) 5, "
      + "matched to no gold quote 1\n";

  @Test
  void quotePrecisionCountsTheSystemQuotesOfDocumentsWithQuoteGold() {
    int[] acc = new int[2];
    EvalCommand.addQuotePrecision(REPORT, "quotes 3/4 indirect 0/0", acc);
    assertThat(acc).containsExactly(1, 5);
  }

  @Test
  void quotePrecisionSkipsDocumentsAnnotatedWithoutQuotes() {
    int[] acc = new int[2];
    EvalCommand.addQuotePrecision(REPORT, "quotes 0/0 stances 2/3", acc);
    assertThat(acc).containsExactly(0, 0);
  }
}
