package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class ActorCodesTest {
  @Test
  void codesAHeadOfStateAsHerCountrysGovernment() {
    assertThat(ActorCodes.code(actor("Donald Trump", ActorKind.PERSON, "USA", null, "President"))).isEqualTo("USAGOV");
  }

  @Test
  void codesAnOrganisationFromTheOrganisationLexicon() {
    assertThat(ActorCodes.code(actor("NATO", ActorKind.ORGANIZATION, null, null, null))).isEqualTo("IGONAT");
  }

  @Test
  void codesAPersonOfAnInternationalOrganisationByTheOrganisation() {
    assertThat(ActorCodes.code(actor("Mark Rutte", ActorKind.PERSON, null, "NATO", "Secretary-General")))
        .isEqualTo("IGONAT");
  }

  @Test
  void codesAGroupNamedByAPlaceWithinACountryAsThatCountry() {
    assertThat(ActorCodes.code(actor("protesters in Ohio", ActorKind.GROUP, null, null, null))).isEqualTo("USACVL");
    assertThat(ActorCodes.code(actor("rebels in Darfur", ActorKind.GROUP, null, null, null))).startsWith("SDN");
  }

  @Test
  void codesAGroupByTheCountryAndSectorItsNameGives() {
    assertThat(ActorCodes.code(actor("Israeli soldiers", ActorKind.GROUP, null, null, null))).isEqualTo("ISRMIL");
    assertThat(ActorCodes.code(actor("Rebels in the Ivory Coast", ActorKind.GROUP, null, null, null)))
        .isEqualTo("CIVREB");
    assertThat(ActorCodes.code(actor("Palestinians", ActorKind.GROUP, null, null, null))).isEqualTo("PSE");
  }

  @Test
  void givesAGroupOfTwoCountriesTwoCodes() {
    assertThat(ActorCodes.codes(actor("Hungarian and Romanian officials", ActorKind.GROUP, null, null, null), null))
        .containsExactly("HUNGOV", "ROUGOV");
  }

  @Test
  void givesAGroupPlacedInOneOfItsCoordinatedCountriesEachOfThem() {
    assertThat(ActorCodes.codes(actor("Iraqi and Iranian delegations", ActorKind.GROUP, "IRQ", null, null), null))
        .containsExactly("IRQGOV", "IRNGOV");
    assertThat(ActorCodes.codes(actor("Palestinian guerrillas in southern Lebanon", ActorKind.GROUP, "PSE", null, null),
        null)).containsExactly("PSEREB");
  }

  @Test
  void codesACountryNamedByItsSeatOfGovernmentAsItsGovernment() {
    Actor russia = actor("Russia", ActorKind.COUNTRY, "RUS", null, null);
    assertThat(ActorCodes.code(russia)).isEqualTo("RUS");
    assertThat(ActorCodes.code(russia, "Moscow")).isEqualTo("RUSGOV");
    assertThat(ActorCodes.code(russia, "Russian authorities")).isEqualTo("RUSGOV");
    assertThat(ActorCodes.code(actor("United States", ActorKind.COUNTRY, "USA", null, null), "Washington"))
        .isEqualTo("USAGOV");
  }

  @Test
  void marksAnUnknownCountryWithDashes() {
    assertThat(ActorCodes.code(actor("protesters", ActorKind.GROUP, null, null, null))).isEqualTo("---CVL");
  }

  private static Actor actor(String name, ActorKind kind, String country, String organization, String role) {
    return new Actor("id", name, kind, country, organization, role, List.of());
  }
}
