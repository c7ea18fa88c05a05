package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueKeysTest {
  private final IssueKeys keys = IssueKeys.get();

  @Test
  void namesOfOneIssueShareTheirSynonymRow() {
    assertThat(keys.key("a truce")).isEqualTo("ceasefire");
    assertThat(keys.key("halting the fighting")).isEqualTo("ceasefire");
    assertThat(keys.key("a halt to the fighting")).isEqualTo("ceasefire");
    assertThat(keys.key("the cease-fire")).isEqualTo("ceasefire");
  }

  @Test
  void leadingWordsBeforeAPrepositionNameTheRow() {
    assertThat(keys.key("a truce in the north")).isEqualTo("ceasefire");
    assertThat(keys.key("security guarantees for the island")).isEqualTo("security guarantee");
  }

  @Test
  void leadingWordsWithoutAPrepositionAfterThemDoNot() {
    assertThat(keys.row("bilateral trade rules")).isNull();
    assertThat(keys.key("bilateral trade rules")).isEqualTo("bilateral trade rule");
  }

  @Test
  void normalisingDropsDeterminersPossessivesAndPlurals() {
    assertThat(IssueKeys.normalize("The new sanctions")).isEqualTo("new sanction");
    assertThat(IssueKeys.normalize("the island's security guarantees")).isEqualTo("island security guarantee");
    assertThat(IssueKeys.normalize("a crisis of the status quo")).isEqualTo("crisis of status quo");
    assertThat(IssueKeys.normalize("talks with the parties")).isEqualTo("talk with party");
  }

  @Test
  void keepsNumbersAndPercentages() {
    assertThat(IssueKeys.normalize("raising spending to 5% of GDP")).isEqualTo("raising spending to 5% of gdp");
  }
}
