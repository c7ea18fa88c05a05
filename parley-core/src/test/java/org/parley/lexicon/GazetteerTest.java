package org.parley.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The shipped place lexicons (the hand-made one and the generated list of the world's towns and regions), and the
 * dated roles of well-known people.
 */
class GazetteerTest {
  private final Gazetteer lex = Gazetteer.get();

  @Test
  void knowsTownsAndRegionsOfTheWorldListWithTheirCountry() {
    assertThat(lex.place("Kenosha").country()).isEqualTo("USA");
    assertThat(lex.place("Christchurch").country()).isEqualTo("NZL");
    assertThat(lex.place("Ghazni").country()).isEqualTo("AFG"); // by its ASCII spelling too
  }

  @Test
  void leavesOutNamesThatAreAmbiguousWordsOrGivenNames() {
    assertThat(lex.place("Birmingham")).isNull(); // England's and Alabama's
    assertThat(lex.place("Reading")).isNull();
    assertThat(lex.place("Eugene")).isNull();
  }

  @Test
  void letsTheHandMadePlaceListWin() {
    assertThat(lex.place("Georgia").kind()).isEqualTo("state");
  }

  @Test
  void knowsLegislaturesAndNewsAgenciesByTheirOwnNamesAndAcronyms() {
    assertThat(lex.organization("Legislative Yuan").country()).isEqualTo("TWN");
    assertThat(lex.organization("Sejm").code()).isEqualTo("POLLEG");
    assertThat(lex.organization("PAP").name()).isEqualTo("Polish Press Agency");
    assertThat(lex.organization("CDC").country()).isEqualTo("USA");
  }

  @Test
  void readsACountryMisspeltByOneLetterLeftOutOrPutIn() {
    assertThat(lex.countryMisspelt("Ethopia").iso3()).isEqualTo("ETH");
    assertThat(lex.countryMisspelt("Quatar").iso3()).isEqualTo("QAT");
    assertThat(lex.countryMisspelt("Ethopian").iso3()).isEqualTo("ETH");
  }

  @Test
  void readsNoCountryIntoAnotherWordOrNameOneLetterAway() {
    assertThat(lex.countryMisspelt("Roland")).isNull(); // a letter changed, not left out
    assertThat(lex.countryMisspelt("Americas")).isNull(); // a letter put in at the end
    assertThat(lex.countryMisspelt("Indiana")).isNull(); // a place of its own
    assertThat(lex.countryMisspelt("Ethiopia")).isNull(); // spelt right: the plain lookup finds it
  }

  @Test
  void givesAListedOfficeOnlyForTheYearsItWasHeld() {
    assertThat(lex.person("Joe Biden").roleOn(LocalDate.of(2020, 10, 1))).isNull();
    assertThat(lex.person("Joe Biden").roleOn(LocalDate.of(2022, 3, 1))).isEqualTo("President");
    assertThat(lex.person("Donald Trump").roleOn(LocalDate.of(2020, 10, 1))).isEqualTo("President");
    assertThat(lex.person("Donald Trump").roleOn(LocalDate.of(2023, 6, 1))).isNull();
    assertThat(lex.person("Donald Trump").roleOn(LocalDate.of(2025, 8, 18))).isEqualTo("President");
    assertThat(lex.person("Donald Trump").roleOn(null)).isEqualTo("President"); // no date: the listed office
  }

  @Test
  void givesAnUndatedOfficeWhateverTheStorysDate() {
    assertThat(lex.person("Emmanuel Macron").roleOn(LocalDate.of(2012, 1, 1))).isEqualTo("President");
  }
}
