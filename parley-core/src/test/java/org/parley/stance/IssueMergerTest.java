package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Issue;

class IssueMergerTest {
  /** Vectors chosen by hand: the first three labels point the same way, the others elsewhere. */
  private static final Map<String, float[]> VECTORS = Map.of(
      "a pause in hostilities", new float[] {1, 0, 0},
      "an end to hostilities", new float[] {0.95f, 0.31f, 0},
      "a peace deal", new float[] {0.9f, 0.43f, 0},
      "raising spending to 2% of GDP", new float[] {0, 1, 0},
      "raising spending to 5% of GDP", new float[] {0, 1, 0},
      "Karl Brandt", new float[] {0, 0, 1},
      "Karla Brandt", new float[] {0, 0, 1});
  private final IssueMerger merger = new IssueMerger(IssueKeys.get(), VECTORS::get, 0.8);

  private static Issue issue(String label) {
    return new Issue("i-" + label.hashCode(), label, IssueKeys.get().key(label));
  }

  @Test
  void equalKeysAreOneIssueWithoutEmbeddings() {
    assertThat(IssueMerger.lexical().same(issue("a truce"), issue("a halt to the fighting"))).isTrue();
    assertThat(IssueMerger.lexical().same(issue("a truce"), issue("a peace deal"))).isFalse();
  }

  @Test
  void similarLabelsAreOneIssueFromTheThreshold() {
    assertThat(merger.same(issue("a pause in hostilities"), issue("an end to hostilities"))).isTrue();
  }

  @Test
  void synonymRowsOfDifferentIssuesAreNeverMerged() {
    IssueMerger everythingAlike = new IssueMerger(IssueKeys.get(), l -> new float[] {1, 0, 0}, 0.8);
    assertThat(everythingAlike.same(issue("a truce"), issue("a peace deal"))).isFalse();
    assertThat(everythingAlike.same(issue("a pause in hostilities"), issue("a peace deal"))).isTrue();
  }

  @Test
  void differentNumbersAreDifferentIssues() {
    assertThat(merger.same(issue("raising spending to 2% of GDP"), issue("raising spending to 5% of GDP")))
        .isFalse();
  }

  @Test
  void actorsAreMergedByNameOnly() {
    Issue a = new Issue("karl", "Karl Brandt", IssueBook.ACTOR_KEY + "karl brandt");
    Issue b = new Issue("karla", "Karla Brandt", IssueBook.ACTOR_KEY + "karla brandt");
    assertThat(merger.same(a, b)).isFalse();
  }

  @Test
  void groupsJoinTheFirstMatchingGroupWithoutChaining() {
    List<Issue> issues = List.of(issue("a pause in hostilities"), issue("raising spending to 2% of GDP"),
        issue("an end to hostilities"), issue("raising spending to 5% of GDP"));
    assertThat(merger.groups(issues)).containsExactly(0, 1, 0, 3);
  }

  @Test
  void rejectsAThresholdOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new IssueMerger(IssueKeys.get(), null, 0))
        .hasMessage("threshold must be in (0, 1], was 0.0");
  }
}
