package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Issue;
import org.parley.model.Stance;
import org.parley.pipeline.Frozen;

/**
 * Positions that the predicate's own words do not spell out: a holder inside the noun's of-phrase, a critic of
 * a person, an undoing noun whose issue is in the
 * sentence before, preventing an outcome, and an obligation inside a relative clause that is no stance. Frozen
 * annotations of sentences written for these tests ({@code src/test/resources/stance/stance-context-cases.txt}).
 */
class StanceContextTest {
  private static Analysis cases;

  @BeforeAll
  static void extract() {
    cases = Frozen.analysis("stance/stance-context-cases.annotated.json");
  }

  @Test
  void aCriticOfAPersonOpposesThePerson() {
    assertThat(polaritiesOf("Mira Holt", "Brandt")).containsExactly("oppose");
  }

  @Test
  void theDecisionOfABodyIsItsPosition() {
    assertThat(polaritiesOf("Coastal League", "northern harbour")).containsExactly("support");
  }

  @Test
  void unhappinessAboutARejectionSupportsWhatWasRejected() {
    assertThat(polaritiesOf("Ivo Marsh", "ferry subsidy bill")).containsExactly("support");
  }

  @Test
  void preventingAnOutcomeOpposesIt() {
    assertThat(polaritiesOf("Transport Ministry", "collapse")).containsExactly("oppose");
  }

  @Test
  void anObligationInsideARelativeClauseIsNoStance() {
    assertThat(cases.stances().stream().map(s -> label(s.issue()))).noneMatch(l -> l.contains("hospital"));
  }

  /** The polarities of the stances of the actor whose name contains {@code actor} on issues naming {@code issue}. */
  private static List<String> polaritiesOf(String actor, String issue) {
    List<String> out = cases.stances().stream()
        .filter(s -> name(s).contains(actor) && (label(s.issue()) + " " + s.text()).contains(issue))
        .map(Stance::polarity).toList();
    assertThat(out).as("stances of %s on %s among %s (actors %s)", actor, issue, describe(),
        cases.actors().stream().map(Actor::name).toList()).isNotEmpty();
    return out;
  }

  private static String name(Stance s) {
    return cases.actors().stream().filter(a -> a.id().equals(s.actor())).map(Actor::name).findFirst().orElse("");
  }

  private static String label(String issueId) {
    return cases.issues().stream().filter(i -> i.id().equals(issueId)).map(Issue::label).findFirst().orElse("");
  }

  private static List<String> describe() {
    return cases.stances().stream().map(s -> name(s) + " " + s.polarity() + " [" + label(s.issue()) + "] " + s.text())
        .toList();
  }
}
