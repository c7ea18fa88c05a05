package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which tokens let SUTime run on their sentence: no models needed. */
class SutimeGateTest {
  private final SutimeGate gate = SutimeGate.load(null, true);

  @Test
  void digitsAndListedWordsAreAnchorsInAnyCase() {
    assertThat(gate.anchor("2019")).isTrue();
    assertThat(gate.anchor("10:30")).isTrue();
    assertThat(gate.anchor("Monday")).isTrue();
    assertThat(gate.anchor("YESTERDAY")).isTrue();
    assertThat(gate.anchor("Sept.")).isTrue();
    assertThat(gate.anchor("a.m.")).isTrue();
  }

  @Test
  void pluralsHyphenatedPartsAndSuffixesAreAnchors() {
    assertThat(gate.anchor("decades")).isTrue();
    assertThat(gate.anchor("three-month")).isTrue();
    assertThat(gate.anchor("biannually")).isTrue();
    assertThat(gate.anchor("nineteen")).isTrue();
  }

  @Test
  void ordinaryWordsAreNot() {
    assertThat(gate.anchor("the")).isFalse();
    assertThat(gate.anchor("said")).isFalse();
    assertThat(gate.anchor("Zelensky")).isFalse();
    assertThat(gate.anchor("ceasefire")).isFalse();
  }
}
