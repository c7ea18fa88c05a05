package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Appeals, congratulations, solidarity and regret as statements and diplomacy word them: "called on the
 * government to ...", "congratulated X on", "expressed solidarity with", "threw its weight behind", "expressed
 * regret over", "appealed to X to ...", "threatened to boycott". Frozen annotations of sentences written for
 * these tests ({@code src/test/resources/stance/stance-diplomacy-cases.txt}).
 */
class StanceAppealsTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-diplomacy-cases.annotated.json"));
  }

  @Test
  void callingOnSomeoneToDoSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Vera Stone", "early election")).containsExactly("support");
  }

  @Test
  void congratulatingSomeoneSupportsThem() {
    assertThat(cases.polaritiesOf("Omar Tal", "Ines Varga")).containsExactly("support");
  }

  @Test
  void expressingSolidarityWithSomeoneSupportsThem() {
    assertThat(cases.polaritiesOf("Miners Union", "nurse")).containsExactly("support");
  }

  @Test
  void throwingOnesWeightBehindSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Farmers League", "irrigation plan")).containsExactly("support");
  }

  @Test
  void expressingRegretOverSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Tom Hale", "closure")).containsExactly("oppose");
  }

  @Test
  void appealingToSomeoneToScrapSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Fishers Guild", "quota")).containsOnly("oppose");
  }

  @Test
  void threateningToBoycottSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Teachers Guild", "election")).containsOnly("oppose");
  }
}
