package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.actors.ActorExtractorTest.actor;
import static org.parley.actors.ActorExtractorTest.mentions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.events.ActorCodes;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;

/**
 * The building of an office of state ("the White House", "the Kremlin") is an actor of its own, named as the text
 * names it and coded with its country, while a capital ("Washington", "Moscow") and a government named by its country
 * ("the Norwegian government") stand for the country. Frozen
 * annotations of {@code src/test/resources/actors/sentences.jsonl}: no models.
 */
class SeatsOfGovernmentTest {
  @Test
  void keepsTheWhiteHouseAsItsOwnActorCodedAsTheUsGovernment() throws IOException {
    Analysis a = analysis("white-house-said");
    Actor whiteHouse = actor(a, "White House");
    assertThat(whiteHouse.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(whiteHouse.country()).isEqualTo("USA");
    assertThat(ActorCodes.code(whiteHouse)).isEqualTo("USAGOV");
    assertThat(mentions(actor(a, "United States"))).containsExactly("Washington");
  }

  @Test
  void keepsDowningStreetApartFromTheUnitedKingdom() throws IOException {
    Analysis a = analysis("downing-street-spokesman");
    Actor office = actor(a, "Downing Street");
    assertThat(office.country()).isEqualTo("GBR");
    assertThat(ActorCodes.code(office)).isEqualTo("GBRGOV");
    assertThat(a.actors()).noneMatch(x -> x.kind() == ActorKind.COUNTRY && "GBR".equals(x.country()));
  }

  @Test
  void tellsTheKremlinFromMoscow() throws IOException {
    Analysis a = analysis("kremlin-and-moscow");
    Actor kremlin = actor(a, "Kremlin");
    assertThat(kremlin.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(ActorCodes.code(kremlin)).isEqualTo("RUSGOV");
    Actor russia = actor(a, "Russia");
    assertThat(mentions(russia)).containsExactly("Moscow");
    assertThat(ActorCodes.code(russia, "Moscow")).isEqualTo("RUSGOV");
  }

  @Test
  void givesAnOfficialTheCountryOfTheBodyNamedInApposition() throws IOException {
    Actor secretary = actor(analysis("press-secretary-apposition"), "Maria Delgado");
    assertThat(secretary.country()).isEqualTo("USA");
  }

  @Test
  void namesThePentagonByTheDepartmentItHouses() throws IOException {
    Analysis a = analysis("pentagon-review");
    Actor defense = actor(a, "Department of Defense");
    assertThat(mentions(defense)).containsExactly("The Pentagon");
    assertThat(defense.country()).isEqualTo("USA");
    assertThat(actor(a, "State Department").country()).isEqualTo("USA");
    assertThat(a.actors()).noneMatch(x -> x.kind() == ActorKind.COUNTRY);
  }

  @Test
  void takesAGovernmentNamedByItsCountryAsTheCountry() throws IOException {
    Analysis a = analysis("government-said");
    Actor norway = actor(a, "Norway");
    assertThat(mentions(norway)).containsExactly("Norwegian government");
    assertThat(ActorCodes.code(norway, "Norwegian government")).isEqualTo("NORGOV");
    assertThat(mentions(actor(a, "China"))).containsExactly("Chinese authorities");
    assertThat(a.actors()).noneMatch(x -> x.kind() == ActorKind.GROUP);
    assertThat(a.quotes()).allMatch(q -> List.of("Norway", "China").contains(a.actor(q.speaker()).name()));
  }

  private static Analysis analysis(String name) throws IOException {
    Path file = Path.of("src/test/resources/actors/annotated/" + name + ".annotated.json");
    return Pipeline.extract(AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8)), List.of());
  }
}
