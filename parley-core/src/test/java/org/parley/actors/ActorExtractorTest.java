package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Mention;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;

/** People, countries and organisations, on frozen annotations of parley-corenlp's test texts: no models. */
class ActorExtractorTest {
  private static Analysis water;
  private static Analysis border;

  @BeforeAll
  static void extract() throws IOException {
    water = analysis("water-talks");
    border = analysis("border-dispute");
  }

  @Test
  void readsRoleAndCountryFromTheTitleBeforeAName() {
    Actor ruto = actor(water, "William Ruto");
    assertThat(ruto.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(ruto.role()).isEqualTo("President");
    assertThat(ruto.country()).isEqualTo("KEN");
  }

  @Test
  void joinsALaterSurnameToTheFullName() {
    assertThat(mentions(actor(water, "William Ruto"))).contains("William Ruto", "Ruto");
    assertThat(water.actors()).filteredOn(a -> a.name().contains("Ruto")).hasSize(1);
  }

  @Test
  void joinsMrAndSurnameToTheFullName() {
    Actor sikorski = actor(border, "Radoslaw Sikorski");
    assertThat(mentions(sikorski)).contains("Radoslaw Sikorski", "Sikorski");
    assertThat(sikorski.role()).isEqualTo("Foreign Minister");
    assertThat(sikorski.country()).isEqualTo("POL");
    assertThat(border.actors()).filteredOn(a -> a.name().contains("Sikorski")).hasSize(1);
  }

  @Test
  void readsRoleAndCountryFromADescriptionWithTheNameInApposition() {
    Actor shoukry = actor(water, "Sameh Shoukry");
    assertThat(shoukry.role()).isEqualTo("Foreign Minister");
    assertThat(shoukry.country()).isEqualTo("EGY");
  }

  @Test
  @Disabled("known gap: \"The Egyptian foreign minister\" is a mention of no actor, though Sameh Shoukry's name "
      + "stands in apposition to it")
  void givesADescriptionToTheNameInAppositionToIt() {
    assertThat(mentions(actor(water, "William Ruto"))).noneMatch(m -> m.contains("minister"));
    assertThat(mentions(actor(water, "Sameh Shoukry"))).anyMatch(m -> m.contains("foreign minister"));
  }

  @Test
  void readsAPrimeMinistersRoleAndCountry() {
    Actor abiy = actor(water, "Abiy Ahmed");
    assertThat(abiy.role()).isEqualTo("Prime Minister");
    assertThat(abiy.country()).isEqualTo("ETH");
  }

  @Test
  void readsTheOrganisationOfAnEnvoyAndResolvesSheToHer() {
    Actor lopez = actor(water, "Maria Lopez");
    assertThat(lopez.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(lopez.role()).isEqualTo("Envoy");
    assertThat(lopez.organization()).isEqualTo("United Nations");
    assertThat(mentions(lopez)).contains("Maria Lopez", "She");
  }

  @Test
  void takesCapitalsAsTheirCountries() {
    assertThat(mentions(actor(water, "Ethiopia"))).contains("Addis Ababa", "Ethiopia");
    assertThat(mentions(actor(water, "Egypt"))).contains("Cairo", "Egypt");
    assertThat(mentions(actor(border, "Belarus"))).contains("Belarus", "Minsk");
  }

  @Test
  void keepsTheKremlinAsARussianBodyAndMoscowAsRussia() {
    Actor kremlin = actor(border, "Kremlin");
    assertThat(kremlin.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(kremlin.country()).isEqualTo("RUS");
    assertThat(mentions(kremlin)).contains("The Kremlin");
    assertThat(mentions(actor(border, "Russia"))).contains("Moscow").doesNotContain("The Kremlin");
  }

  @Test
  void resolvesHeToThePersonNamedBefore() {
    Actor scholz = actor(border, "Olaf Scholz");
    assertThat(scholz.role()).isEqualTo("Chancellor");
    assertThat(scholz.country()).isEqualTo("DEU");
    assertThat(mentions(scholz)).contains("Olaf Scholz", "He");
  }

  @Test
  void knowsTheOrganisationOfAnEuOfficial() {
    Actor kallas = actor(border, "Kaja Kallas");
    assertThat(kallas.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(kallas.organization()).isEqualTo("European Union");
  }

  @Test
  @Disabled("known gap: \"the EU's top diplomat\" gives Kaja Kallas the role Foreign Minister, which then keeps "
      + "the gazetteer's role for her (High Representative for Foreign Affairs and Security Policy) from applying")
  void prefersTheGazetteerRoleOfAnEuOfficialToAGenericTitle() {
    assertThat(actor(border, "Kaja Kallas").role())
        .isEqualTo("High Representative for Foreign Affairs and Security Policy");
  }

  @Test
  void takesAGroupOfOfficialsAsAGroup() {
    assertThat(actor(border, "European foreign ministers").kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  @Disabled("known gap: \"The Foreign Ministry in Cairo\" is an organisation with no country; Cairo is read as "
      + "Egypt but not joined to the ministry it locates")
  void givesAMinistryTheCountryOfTheCapitalItIsIn() {
    assertThat(actor(water, "Foreign Ministry").country()).isEqualTo("EGY");
  }

  @Test
  void keepsEveryMentionWithinItsText() {
    for (Analysis a : List.of(water, border)) {
      String text = a.document().text();
      assertThat(a.actors()).allSatisfy(actor -> assertThat(actor.mentions()).allSatisfy(m -> {
        assertThat(m.span().of(text)).as(actor.name()).isEqualTo(m.text());
      }));
    }
  }

  @Test
  void anAcronymDefinedInBracketsIsTheSameBodyWhereverItIsUsed() throws IOException {
    Analysis forms = analysis("short-forms");
    assertThat(mentions(actor(forms, "Federation of Rail Workers"))).containsExactly(
        "Federation of Rail Workers", "FRW", "FRW");
    assertThat(mentions(actor(forms, "National Transport Safety Office"))).contains("NTSO");
    assertThat(forms.actors()).extracting(Actor::name).doesNotContain("FRW", "NTSO");
    assertThat(mentions(actor(forms, "Parliament of New South Wales"))).doesNotContain("NSW");
  }

  @Test
  void aHospitalNamedAfterSomeoneIsABodyNotAPerson() throws IOException {
    Analysis bodies = analysis("names-of-bodies");
    assertThat(bodies.actors()).noneMatch(a -> a.kind() == ActorKind.PERSON && a.name().contains("Thompson"));
    assertThat(actor(bodies, "Sarah Thompson Hospital").kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  @Test
  void aDayAfterACourtIsNoPartOfItsName() throws IOException {
    assertThat(analysis("names-of-bodies").actors()).extracting(Actor::name).noneMatch(n -> n.contains("Tuesday"));
  }

  private static Analysis analysis(String name) throws IOException {
    Path file = Path.of("src/test/resources/annotated/" + name + ".annotated.json");
    return Pipeline.extract(AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8)), List.of());
  }

  /** The one actor of that name; fails, listing the actors, where there is not exactly one. */
  static Actor actor(Analysis a, String name) {
    List<Actor> found = a.actors().stream().filter(x -> x.name().equals(name)).toList();
    assertThat(found).as("actors named %s among %s", name, a.actors().stream().map(Actor::name).toList())
        .hasSize(1);
    return found.get(0);
  }

  static List<String> mentions(Actor actor) {
    return actor.mentions().stream().map(Mention::text).toList();
  }
}
