package org.parley.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikelihoodTest {
  private final Likelihood lex = Likelihood.get();

  @Test
  void prefersTheLongestPhraseAtAPlace() {
    Likelihood.Cue c = lex.first("This is considered the least likely.", 100);
    assertThat(c).isNotNull();
    assertThat(c.words()).isEqualTo("least likely");
    assertThat(c.band()).isEqualTo(Band.VERY_UNLIKELY);
    assertThat(c.order()).isEqualTo(Likelihood.Order.LEAST);
    assertThat(c.begin()).isEqualTo(100 + "This is considered the ".length());
  }

  @Test
  void readsComparativesAsAnOrder() {
    Likelihood.Cue c = lex.first("This is more conceivable.", 0);
    assertThat(c).isNotNull();
    assertThat(c.words()).isEqualTo("more conceivable");
    assertThat(c.order()).isEqualTo(Likelihood.Order.MORE);
  }

  @Test
  void lowersTheBandOfAHedgedCue() {
    assertThat(lex.first("They would probably sign.", 0).band()).isEqualTo(Band.LIKELY);
    assertThat(lex.first("They could probably sign.", 0).band()).isEqualTo(Band.ROUGHLY_EVEN);
  }

  @Test
  void takesNoMonthForAHedge() {
    assertThat(lex.first("Talks are likely to resume in May.", 0).band()).isEqualTo(Band.LIKELY);
  }

  @Test
  void findsNothingWithoutEstimativeWords() {
    assertThat(lex.first("The talks resumed on Monday.", 0)).isNull();
  }

  @Test
  void givesTheIcd203Bands() {
    assertThat(Band.ALMOST_NO_CHANCE.low()).isEqualTo(0.01);
    assertThat(Band.ALMOST_CERTAIN.high()).isEqualTo(0.99);
    assertThat(Band.ROUGHLY_EVEN.words()).isEqualTo("roughly even");
    assertThat(Band.VERY_UNLIKELY.lower()).isEqualTo(Band.ALMOST_NO_CHANCE);
  }
}
