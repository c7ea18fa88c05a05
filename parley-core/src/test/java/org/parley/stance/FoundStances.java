package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Issue;
import org.parley.model.Stance;

/** The stances of one analysis as tests ask about them: by the holder's name and the issue's words. */
final class FoundStances {
  private final Analysis analysis;

  FoundStances(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * The polarities of the stances of the actor whose name contains {@code actor}, on an issue whose label or
   * evidence contains {@code issue}; fails, listing every stance and actor, where there is none.
   */
  List<String> polaritiesOf(String actor, String issue) {
    List<String> out = analysis.stances().stream()
        .filter(s -> name(s).contains(actor) && (label(s.issue()) + " " + s.text()).contains(issue))
        .map(Stance::polarity).toList();
    assertThat(out).as("stances of %s on %s among %s (actors %s)", actor, issue, describe(),
        analysis.actors().stream().map(Actor::name).toList()).isNotEmpty();
    return out;
  }

  /** The names of the actors holding a stance on an issue whose label or evidence contains {@code issue}. */
  List<String> holdersOf(String issue) {
    return analysis.stances().stream().filter(s -> (label(s.issue()) + " " + s.text()).contains(issue))
        .map(this::name).distinct().toList();
  }

  /** The labels of all issues a stance is taken on. */
  List<String> issueLabels() {
    return analysis.stances().stream().map(s -> label(s.issue())).toList();
  }

  private String name(Stance s) {
    return analysis.actors().stream().filter(a -> a.id().equals(s.actor())).map(Actor::name).findFirst().orElse("");
  }

  private String label(String issueId) {
    return analysis.issues().stream().filter(i -> i.id().equals(issueId)).map(Issue::label).findFirst().orElse("");
  }

  private List<String> describe() {
    return analysis.stances().stream()
        .map(s -> name(s) + " " + s.polarity() + " [" + label(s.issue()) + "] " + s.text()).toList();
  }
}
