package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Issue;
import org.parley.model.Post;
import org.parley.model.Span;
import org.parley.model.Stance;

class PositionHistoryTest {
  /** A document whose stances are given as {actor name, issue label, polarity, date} rows. */
  private static Analysis doc(String id, List<Post> posts, String[]... stances) {
    String text = "x".repeat(200);
    List<Actor> actors = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    List<Stance> out = new ArrayList<>();
    int at = 0;
    for (String[] s : stances) {
      String actorId = "a-" + s[0];
      if (actors.stream().noneMatch(a -> a.id().equals(actorId))) {
        actors.add(new Actor(actorId, s[0], ActorKind.PERSON, null, null, null, List.of()));
      }
      String issueId = "i-" + s[1];
      if (issues.stream().noneMatch(i -> i.id().equals(issueId))) {
        issues.add(new Issue(issueId, s[1], IssueKeys.get().key(s[1])));
      }
      out.add(new Stance(actorId, issueId, s[2], s[3], at, at + 10, text.substring(at, at + 10)));
      at += 20;
    }
    Document d = new Document(id, null, LocalDate.of(2026, 3, 2), id, text, posts);
    return new Analysis(d, actors, List.of(), List.of(), issues, out, List.of(), List.of(), List.of());
  }

  @Test
  void flagsAnotherPolarityOnTheSameIssueNamedDifferentlyInALaterDocument() {
    Analysis first = doc("first", List.of(), new String[] {"Marta Lindqvist", "a truce", "oppose", "2026-03-02"});
    Analysis later = doc("later", List.of(), new String[] {"Lindqvist", "a halt to the fighting", "support",
        "2026-03-05"});
    PositionHistory h = PositionHistory.of(List.of(first, later), IssueMerger.lexical());

    assertThat(h.shared()).singleElement().satisfies(i -> {
      assertThat(i.key()).isEqualTo("ceasefire");
      assertThat(i.labels().values()).containsExactly("a truce", "a halt to the fighting");
      assertThat(i.evidence()).containsOnlyKeys(0, 1);
    });
    assertThat(h.changes()).singleElement().satisfies(c -> {
      assertThat(c.actor()).isEqualTo("Lindqvist");
      assertThat(c.from().stance().polarity()).isEqualTo("oppose");
      assertThat(c.from().documentId()).isEqualTo("first");
      assertThat(c.to().stance().polarity()).isEqualTo("support");
    });
    assertThat(h.changesInto(0)).isEmpty();
    assertThat(h.changesInto(1)).hasSize(1);
    assertThat(h.withMergedKeys(1).issues().get(0).key()).isEqualTo("ceasefire");
  }

  @Test
  void mergesIssuesAcrossDocumentsThatOnlyTheEmbeddingsFindToBeOne() {
    Analysis first = doc("first", List.of(), new String[] {"Ana Ruiz", "a swap of prisoners", "support",
        "2026-03-01"});
    Analysis later = doc("later", List.of(), new String[] {"Ana Ruiz", "exchanging captives", "oppose",
        "2026-03-04"});
    IssueMerger alike = new IssueMerger(IssueKeys.get(), label -> new float[] {1, 0}, 0.8);
    assertThat(PositionHistory.of(List.of(first, later), IssueMerger.lexical()).changes()).isEmpty();
    PositionHistory h = PositionHistory.of(List.of(first, later), alike);
    assertThat(h.changes()).singleElement().satisfies(c -> assertThat(c.issue()).isEqualTo("a swap of prisoners"));
    assertThat(h.withMergedKeys(1).issues().get(0).key()).isEqualTo("swap of prisoner");
  }

  @Test
  void readsPositionsInDateOrderWhenAllAreDated() {
    Analysis later = doc("later", List.of(), new String[] {"Ana Ruiz", "new sanctions", "support", "2026-03-05"});
    Analysis first = doc("first", List.of(), new String[] {"Ana Ruiz", "new sanctions", "oppose", "2026-03-01"});
    PositionHistory h = PositionHistory.of(List.of(later, first), IssueMerger.lexical());
    assertThat(h.changes()).singleElement().satisfies(c -> {
      assertThat(c.from().stance().polarity()).isEqualTo("oppose");
      assertThat(c.to().documentId()).isEqualTo("later");
    });
  }

  @Test
  void twoPolaritiesInOneArticleAreMixedNotAChange() {
    Analysis one = doc("one", List.of(), new String[] {"Ana Ruiz", "new sanctions", "support", "2026-03-02"},
        new String[] {"Ana Ruiz", "new sanctions", "oppose", "2026-03-02"});
    assertThat(PositionHistory.of(List.of(one), IssueMerger.lexical()).changes()).isEmpty();
  }

  @Test
  void aLaterLivePostIsALaterMoment() {
    List<Post> posts = List.of(new Post(new Span(0, 15), "2026-03-02T09:00:00Z", null),
        new Post(new Span(15, 200), "2026-03-02T15:00:00Z", null));
    Analysis live = doc("live", posts, new String[] {"Ana Ruiz", "new sanctions", "support", "2026-03-02"},
        new String[] {"Ana Ruiz", "new sanctions", "oppose", "2026-03-02"});
    assertThat(PositionHistory.of(List.of(live), IssueMerger.lexical()).changes()).singleElement()
        .satisfies(c -> assertThat(c.to().post()).isEqualTo(1));
  }

  @Test
  void theSamePolarityAgainIsNoChange() {
    Analysis first = doc("first", List.of(), new String[] {"Ana Ruiz", "new sanctions", "support", "2026-03-01"});
    Analysis later = doc("later", List.of(), new String[] {"Ana Ruiz", "the new sanctions", "support",
        "2026-03-05"});
    PositionHistory h = PositionHistory.of(List.of(first, later), IssueMerger.lexical());
    assertThat(h.changes()).isEmpty();
    assertThat(h.shared()).hasSize(1);
  }
}
