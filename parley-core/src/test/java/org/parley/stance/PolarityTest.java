package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolarityTest {
  @Test
  void opposingAnOppositionSupportsTheIssue() {
    assertThat(Polarity.OPPOSE.onInner(Polarity.OPPOSE)).isEqualTo(Polarity.SUPPORT);
    assertThat(Polarity.SUPPORT.onInner(Polarity.OPPOSE)).isEqualTo(Polarity.OPPOSE);
    assertThat(Polarity.OPPOSE.onInner(Polarity.SUPPORT)).isEqualTo(Polarity.OPPOSE);
  }

  @Test
  void doubtingAnOppositionSaysNothingClear() {
    assertThat(Polarity.SKEPTICAL.onInner(Polarity.OPPOSE)).isNull();
  }

  @Test
  void negatingAnIssueTurnsThePosition() {
    assertThat(Polarity.SUPPORT.negated()).isEqualTo(Polarity.OPPOSE);
    assertThat(Polarity.SKEPTICAL.negated()).isEqualTo(Polarity.SUPPORT);
  }

  @Test
  void readsLexiconCellsAndRejectsUnknownOnes() {
    assertThat(Polarity.parse("skeptical", "test")).isEqualTo(Polarity.SKEPTICAL);
    assertThat(Polarity.parse("-", "test")).isNull();
    assertThatThrownBy(() -> Polarity.parse("against", "predicates.tsv"))
        .hasMessageContaining("predicates.tsv").hasMessageContaining("'against'");
  }
}
