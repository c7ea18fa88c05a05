package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Issue;
import org.parley.model.Stance;
import org.parley.pipeline.Frozen;

/**
 * Who stands where, on frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-cases.txt}): no models.
 */
class StanceExtractorTest {
  private static Analysis cases;

  @BeforeAll
  static void extract() {
    cases = Frozen.analysis("stance/stance-cases.annotated.json");
  }

  @Test
  void opposesWhatThePredicateRejects() {
    Stance s = stance("Anna Kowalska", "ceasefire");
    assertThat(s.polarity()).isEqualTo("oppose");
    assertThat(s.text()).isEqualTo("rejected a truce");
  }

  @Test
  void resolvesPronounAfterContrastToThePreviousIssue() {
    Stance s = stance("Danish and Dutch ministers", "ceasefire");
    assertThat(s.polarity()).isEqualTo("support");
    assertThat(s.text()).isEqualTo("insisted on it");
  }

  @Test
  void makesAGroupActorOfAPluralSubjectWithModifiers() {
    Actor group = actor("Danish and Dutch ministers");
    assertThat(group.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(group.mentions()).extracting(m -> m.text()).containsExactly("Danish and Dutch ministers");
  }

  @Test
  void turnsSupportIntoOppositionUnderNegation() {
    Stance s = stance("Pedro Alves", "new sanctions package");
    assertThat(s.polarity()).isEqualTo("oppose");
    assertThat(s.text()).isEqualTo("did not support the new sanctions package");
  }

  @Test
  void creditsAStanceInsideAQuoteToItsSpeaker() {
    // "We cannot accept any agreement without a withdrawal of foreign troops": the withdrawal is required
    Stance s = stance("Ruth Okafor", "withdrawal of foreign troops");
    assertThat(s.polarity()).isEqualTo("support");
  }

  @Test
  void mergesSynonymousIssuesIntoOne() {
    // "a truce", "it" and "a halt to the fighting" are one issue
    assertThat(stance("Jonas Weber", "ceasefire").issue()).isEqualTo(stance("Anna Kowalska", "ceasefire").issue());
    assertThat(cases.issues()).extracting(Issue::label).containsOnlyOnce("ceasefire");
  }

  @Test
  void readsSkepticismFromAnAdjectiveWithAPronounSubject() {
    assertThat(stance("Lena Moreau", "proposed trade agreement").polarity()).isEqualTo("skeptical");
  }

  @Test
  void opposesWhatTheHolderWantsUndone() {
    // "urged the council to lift the curfew": a position on the curfew, not on lifting
    assertThat(stance("Tom Reyes", "curfew").polarity()).isEqualTo("oppose");
  }

  @Test
  void readsAJudgementInReportedSpeech() {
    Stance s = stance("Clara Diaz", "referendum");
    assertThat(s.polarity()).isEqualTo("oppose");
    assertThat(s.text()).isEqualTo("referendum was illegal");
  }

  @Test
  void composesAReactionWithThePositionItReactsTo() {
    // "proposed a curfew ..., a measure that drew opposition from local business groups"
    assertThat(stance("Omar Haddad", "curfew in the capital").polarity()).isEqualTo("support");
    assertThat(stance("local business groups", "curfew in the capital").polarity()).isEqualTo("oppose");
  }

  @Test
  void adoptsTheStanceAnActorEchoes() {
    assertThat(stance("Ines Costa", "new election").polarity()).isEqualTo("support");
    assertThat(stance("Anna Kowalska", "new election").polarity()).isEqualTo("support");
  }

  @Test
  void readsCannotBeTrustedAsSkepticismOfTheSpeaker() {
    assertThat(stance("Paul Grant", "militia leader").polarity()).isEqualTo("skeptical");
  }

  @Test
  void readsAnObligationAsTheSpeakersSupport() {
    assertThat(stance("Maria Santos", "dissolving Parliament immediately").polarity()).isEqualTo("support");
  }

  @Test
  void readsACopularSupporterNoun() {
    assertThat(stance("Lee Chen", "treaty").polarity()).isEqualTo("support");
  }

  @Test
  void takesNoStanceFromConditionsHedgesOrReports() {
    assertThat(cases.stances()).noneMatch(s -> s.text().contains("accept the offer")
        || s.text().contains("back the plan") || s.text().contains("resumed"));
  }

  @Test
  void labelsIssuesWithoutDeterminers() {
    assertThat(cases.issues()).extracting(Issue::label)
        .allSatisfy(l -> assertThat(l).doesNotStartWith("the ").doesNotStartWith("a "));
  }

  @Test
  void pointsEveryStanceAtTheWordsThatShowIt() {
    String text = cases.document().text();
    assertThat(cases.stances()).allSatisfy(s -> assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text()));
    assertThat(cases.stances()).allSatisfy(s -> assertThat(cases.issues()).extracting(Issue::id).contains(s.issue()));
  }

  @Test
  void tabulatesActorsDownAndIssuesAcross() {
    StanceMatrix m = StanceMatrix.of(cases);
    assertThat(m.columns().get(0).label()).isEqualTo("ceasefire"); // the most contested issue first
    assertThat(m.rows()).extracting(r -> r.actor().name()).startsWith("Anna Kowalska", "Danish and Dutch ministers");
    StanceMatrix.Cell c = m.cell(actor("Anna Kowalska").id(), m.columns().get(0).id());
    assertThat(c).isNotNull();
    assertThat(c.polarity()).isEqualTo("oppose");
    assertThat(c.evidence()).isEqualTo("rejected a truce");
    assertThat(m.cell(actor("Lee Chen").id(), m.columns().get(0).id())).isNull();
  }

  @Test
  void shortensLongEvidenceAtAWord() {
    String longer = "word ".repeat(40).strip();
    assertThat(StanceMatrix.shorten(longer)).hasSizeLessThanOrEqualTo(StanceMatrix.EVIDENCE_CHARS).endsWith("\u2026");
  }

  private static Actor actor(String name) {
    return cases.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + cases.actors()));
  }

  private static Stance stance(String actorName, String issueLabel) {
    String actorId = actor(actorName).id();
    return cases.stances().stream()
        .filter(s -> s.actor().equals(actorId) && label(s.issue()).equals(issueLabel)).findFirst()
        .orElseThrow(() -> new AssertionError("no stance of " + actorName + " on " + issueLabel + " in "
            + cases.stances()));
  }

  private static String label(String issueId) {
    return cases.issues().stream().filter(i -> i.id().equals(issueId)).map(Issue::label).findFirst().orElse("");
  }
}
