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
 * Constructions common in news that no single article taught: conjoined holders, bodies speaking through a
 * spokesman or voting in a chamber, undoing nouns and lawsuits. Frozen annotations of sentences written for
 * these tests ({@code src/test/resources/stance/stance-generalising-cases.txt}): no models.
 */
class StanceGeneralisingTest {
  private static Analysis cases;

  @BeforeAll
  static void extract() {
    cases = Frozen.analysis("stance/stance-generalising-cases.annotated.json");
  }

  @Test
  void eachConjoinedSubjectHoldsThePosition() {
    assertThat(polaritiesOf("Farmers Union", "water tax")).containsExactly("oppose");
    assertThat(polaritiesOf("Green Party", "water tax")).containsExactly("oppose");
  }

  @Test
  void aSpokesmanForAGovernmentSpeaksForItsState() {
    assertThat(polaritiesOf("Norway", "raid")).containsExactly("oppose");
  }

  @Test
  void aBillRejectedInAChamberIsOpposedByTheChamber() {
    assertThat(polaritiesOf("Senate", "fishing quota bill")).containsExactly("oppose");
  }

  @Test
  void disappointmentAtTheFailureOfABillSupportsTheBill() {
    assertThat(polaritiesOf("Ada Novak", "housing bill")).containsExactly("support");
  }

  @Test
  void approvingAPlanSupportsIt() {
    assertThat(polaritiesOf("Harbour Authority", "marina expansion")).containsExactly("support");
  }

  @Test
  void aLawsuitOverAPermitOpposesThePermit() {
    assertThat(polaritiesOf("Coastal Alliance", "mining permit")).containsExactly("oppose");
  }

  /** The polarities of the stances of the actor whose name contains {@code actor} on issues naming {@code issue}. */
  private static List<String> polaritiesOf(String actor, String issue) {
    List<String> out = cases.stances().stream()
        .filter(s -> name(s).contains(actor) && label(s.issue()).contains(issue)).map(Stance::polarity).toList();
    assertThat(out).as("stances of %s on %s among %s", actor, issue, describe()).isNotEmpty();
    return out;
  }

  private static String name(Stance s) {
    return cases.actors().stream().filter(a -> a.id().equals(s.actor())).map(Actor::name).findFirst().orElse("");
  }

  private static String label(String issueId) {
    return cases.issues().stream().filter(i -> i.id().equals(issueId)).map(Issue::label).findFirst().orElse("");
  }

  private static List<String> describe() {
    return cases.stances().stream().map(s -> name(s) + " " + s.polarity() + " [" + label(s.issue()) + "]").toList();
  }
}
