package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void aFailureWithAMessageIsReportedByItsMessage() {
    assertThat(Main.describe(new IllegalStateException("no such file: a.txt"))).isEqualTo("no such file: a.txt");
  }

  @Test
  void aBugWithoutAMessageIsReportedByItsKindAndPlaceNotAsNull() {
    NullPointerException bug = new NullPointerException();
    bug.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.parley.X", "run", "X.java", 12)});
    assertThat(Main.describe(bug))
        .isEqualTo("internal error (NullPointerException at org.parley.X.run:12); please report it");
  }
}
