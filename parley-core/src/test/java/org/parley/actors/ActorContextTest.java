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
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;

/**
 * What the words around a name say of the actor's country and office: a description before the name and a comma, an
 * office of a place or sent to a country, a principal whose aide this is, a stated nationality, and the words before a
 * body's name. Frozen annotations of {@code src/test/resources/actors/sentences.jsonl}: no models.
 */
class ActorContextTest {
  @Test
  void readsTheOfficeAndCountryOfADescriptionBeforeTheNameAndAComma() throws IOException {
    Analysis a = analysis("description-before-comma");
    Actor mayor = actor(a, "Pierre Dumas");
    assertThat(mayor.role()).isEqualTo("Mayor");
    assertThat(mayor.country()).isEqualTo("FRA");
    Actor minister = actor(a, "Carla Mendez");
    assertThat(minister.role()).isEqualTo("Foreign Minister");
    assertThat(minister.country()).isEqualTo("PER");
  }

  @Test
  void givesABodyTheCountryOfTheDescriptionBeforeItsName() throws IOException {
    assertThat(actor(analysis("body-demonym-before-a-comma"), "Vostra Holdings").country()).isEqualTo("NLD");
    assertThat(actor(analysis("body-demonym-before-a-hyphenated-kind"), "Brantec Industries").country())
        .isEqualTo("CAN");
  }

  @Test
  void readsADescriptionBeforeTheNameThroughAdjectivesTheTitlesDoNotList() throws IOException {
    Actor senator = actor(analysis("description-with-adjectives-before-comma"), "Jorge Pinto");
    assertThat(senator.role()).isEqualTo("Senator");
    assertThat(senator.country()).isEqualTo("CHL");
  }

  @Test
  void leavesFormerOutOfTheNameOfTheBodyBeforeAnOfficer() throws IOException {
    Actor agency = actor(analysis("former-before-a-body"), "United States Central Intelligence Agency");
    assertThat(ActorExtractorTest.mentions(agency)).containsExactly("United States Central Intelligence Agency");
    assertThat(agency.country()).isEqualTo("USA");
  }

  @Test
  void givesAnAideTheCountryOfThePersonWhoseAideTheyAre() throws IOException {
    Actor spokesman = actor(analysis("aide-of-a-named-leader"), "Diego Fuentes");
    assertThat(spokesman.role()).isEqualTo("Spokesperson");
    assertThat(spokesman.country()).isEqualTo("CHL");
  }

  @Test
  void readsAnOfficeHeldUnderAPersonNamedEarlierFromARelativeClause() throws IOException {
    Actor adviser = actor(analysis("aide-described-in-a-relative-clause"), "Diego Fuentes");
    assertThat(adviser.role()).isEqualTo("National Security Adviser");
    assertThat(adviser.country()).isEqualTo("CHL");
  }

  @Test
  void takesAnAmbassadorsCountryFromTheCountryThatSendsHimNotTheOneHeIsSentTo() throws IOException {
    Actor ambassador = actor(analysis("ambassador-to-a-country"), "Mark Dillon");
    assertThat(ambassador.role()).isEqualTo("Ambassador");
    assertThat(ambassador.country()).isEqualTo("GBR");
  }

  @Test
  void givesAnOfficeOfAPlaceWhoseNameHoldsACountrysNameThePlacesCountry() throws IOException {
    Actor governor = actor(analysis("office-of-a-place-holding-a-country-name"), "Tom Alder");
    assertThat(governor.role()).isEqualTo("former Governor");
    assertThat(governor.country()).isEqualTo("USA");
  }

  @Test
  void readsTheCountryOfAnOfPhraseAfterEachName() throws IOException {
    Analysis a = analysis("names-of-countries");
    assertThat(actor(a, "Amina Bello").country()).isEqualTo("GHA");
    assertThat(actor(a, "Tomas Berg").country()).isEqualTo("NOR");
  }

  @Test
  void readsAStatedNationalityAfterTheNameOrInApposition() throws IOException {
    Analysis a = analysis("stated-nationality");
    assertThat(actor(a, "Lena Vogel").country()).isEqualTo("CHE");
    assertThat(actor(a, "Omar Haddad").country()).isEqualTo("JOR");
  }

  @Test
  void placesABodyByTheCountryWordsBeforeItsName() throws IOException {
    Analysis a = analysis("bodies-placed-by-the-words-before");
    assertThat(actor(a, "Anka Air").country()).isEqualTo("TUR");
    assertThat(List.of("Volvo", "Saab", "Ericsson")).allSatisfy(
        firm -> assertThat(actor(a, firm).country()).as(firm).isEqualTo("SWE"));
    assertThat(actor(a, "Andes Copper Group").country()).isEqualTo("CHL");
    assertThat(actor(a, "Quds Force").country()).isEqualTo("IRN");
    assertThat(actor(a, "Commission on Civil Rights").country()).isEqualTo("USA");
  }

  @Test
  void givesAGroupTheCountryItsNameOpensWithOrPlacesItIn() throws IOException {
    assertThat(actor(analysis("groups-named-by-country"), "German officials").country()).isEqualTo("DEU");
    assertThat(actor(analysis("groups-named-by-country"), "American diplomats").country()).isEqualTo("USA");
    assertThat(actor(analysis("stated-nationality"), "Police in Cairo").country()).isEqualTo("EGY");
  }

  @Test
  void givesAUnitTheCountryOfTheListedBodyItsNameOpensWith() throws IOException {
    Analysis a = analysis("unit-of-a-listed-body");
    assertThat(actor(a, "Metropolitan Police Counter Terrorism Command").country()).isEqualTo("GBR");
    assertThat(actor(a, "Alan Price").country()).isEqualTo("GBR");
  }

  @Test
  void findsABodyOfTheCountryTheStoryIsAbout() throws IOException {
    Actor commission = actor(analysis("the-countrys-commission"), "election commission");
    assertThat(commission.country()).isEqualTo("PER");
  }

  @Test
  void takesAOneWordNameThatOpensABodysNameAsThatBody() throws IOException {
    Analysis a = analysis("short-name-of-a-body");
    assertThat(ActorExtractorTest.mentions(actor(a, "Hamid Air"))).containsExactly("Hamid Air", "Hamid");
    assertThat(a.actors()).noneMatch(x -> x.name().equals("Hamid"));
  }

  @Test
  void givesAnUnnamedGroupTheStorysHomeCountryButNotAForeignOne() throws IOException {
    Analysis a = analysis("unnamed-groups-at-home");
    assertThat(actor(a, "Organisers").country()).isEqualTo("PER");
    assertThat(actor(a, "foreign diplomats").country()).isNull();
  }

  @Test
  void placesAStoryInTheCountryWhosePlacesItNames() throws IOException {
    Analysis a = analysis("home-named-by-its-places");
    assertThat(actor(a, "Maria Olsen").country()).isEqualTo("USA");
  }

  @Test
  void joinsAFullNameWithAMiddleNameAndALoneGivenNameToThePerson() throws IOException {
    Analysis a = analysis("one-person-many-forms");
    assertThat(ActorExtractorTest.mentions(actor(a, "Daniel Otieno")))
        .containsExactly("Daniel Otieno", "Daniel Kamau Otieno", "Daniel");
    assertThat(a.actors()).filteredOn(x -> x.name().contains("Daniel")).hasSize(1);
  }

  @Test
  void leavesComradeOutOfTheName() throws IOException {
    assertThat(ActorExtractorTest.mentions(actor(analysis("comrade-as-a-form-of-address"), "Tendai Moyo")))
        .containsExactly("Tendai Moyo");
  }

  @Test
  void readsANationalityBeforeWordsThatDescribeThePerson() throws IOException {
    Analysis a = analysis("nationality-before-describing-words");
    assertThat(actor(a, "Mia Laurent").country()).isEqualTo("CAN");
    assertThat(actor(a, "Joost Meijer").country()).isEqualTo("NLD");
    assertThat(actor(a, "Joost Meijer").role()).isEqualTo("Minister");
  }

  @Test
  void readsANationalityInADescriptionBeforeACommaAndTheName() throws IOException {
    assertThat(actor(analysis("nationality-in-description-before-comma"), "Grace Wanjiru").country()).isEqualTo("KEN");
  }

  @Test
  void placesAPersonOfABodyInTheCountryOfThePlaceItsNameOpensWith() throws IOException {
    Analysis a = analysis("place-in-the-name-of-a-body");
    assertThat(actor(a, "Liu Fang").country()).isEqualTo("CHN");
  }

  @Test
  void codesATerritoryWithAnIsoCodeOfItsOwnByThatCode() throws IOException {
    Analysis a = analysis("territory-with-its-own-code");
    assertThat(actor(a, "Rosa Ortiz").country()).isEqualTo("PRI");
    assertThat(actor(a, "Guam").country()).isEqualTo("GUM");
  }

  @Test
  void aCapitalNamingAnAccordIsNoMentionOfItsCountry() throws IOException {
    Analysis a = analysis("city-naming-an-accord");
    assertThat(a.actors()).extracting(Actor::name).containsExactly("Chile", "Ecuador");
  }

  @Test
  void aSurnameThatIsAlsoACapitalStaysThePersonNamedInFullBefore() throws IOException {
    Analysis a = analysis("surname-that-is-a-capital");
    assertThat(ActorExtractorTest.mentions(actor(a, "Daniel Lima"))).containsExactly("Daniel Lima", "Lima");
    assertThat(a.actors()).extracting(Actor::country).doesNotContain("PER");
  }

  @Test
  void placesAPersonByTheTownBeforeTheOfficeInAnApposition() throws IOException {
    Analysis a = analysis("town-before-the-office-in-apposition");
    assertThat(actor(a, "Marta Hale").country()).isEqualTo("CAN");
    assertThat(actor(a, "Omar Reyes").country()).isEqualTo("FRA");
  }

  @Test
  void setsAStoryInTheCountryOfTheBodiesItNamesWhenItNamesNoCountry() throws IOException {
    Analysis a = analysis("home-country-from-the-bodies-it-names");
    assertThat(actor(a, "Jonas Weber").country()).isEqualTo("DEU");
    assertThat(actor(a, "Lena Brandt").country()).isEqualTo("DEU");
  }

  @Test
  void readsThePossessiveOfAHospitalsNamesakeBeforeOneOfItsUnitsAsTheHospital() throws IOException {
    Analysis a = analysis("unit-of-a-hospital-named-after-someone");
    assertThat(a.actors()).noneMatch(x -> x.name().equals("Mele Faleafa"));
    assertThat(actor(a, "Mele Faleafa Memorial Hospital").mentions()).anyMatch(m -> m.text().equals("Mele Faleafa"));
  }

  @Test
  void keepsADeputyToAnOfficeTheTitlesDoNotListApartFromTheOfficeHolder() throws IOException {
    Analysis a = analysis("the-governor-is-not-the-deputy-governor");
    Actor deputy = actor(a, "Oleg Marin");
    assertThat(deputy.role()).isEqualTo("Deputy Governor");
    assertThat(deputy.mentions()).noneMatch(m -> m.text().equals("governor"));
  }

  @Test
  void resolvesThePresidentToNoVicePresident() throws IOException {
    Actor vice = actor(analysis("the-president-is-not-the-vice-president"), "Amara Diallo");
    assertThat(vice.mentions()).noneMatch(m -> m.text().equalsIgnoreCase("president"));
  }

  @Test
  void readsANationalityUsedAsANounBeforeTheNameAndAComma() throws IOException {
    assertThat(actor(analysis("nationality-as-a-noun-before-the-name"), "Tom Hale").country()).isEqualTo("AUS");
  }

  @Test
  void readsANationalityUsedAsANounInAnAppositionAfterTheName() throws IOException {
    assertThat(actor(analysis("nationality-as-a-noun-after-the-name"), "Lars Vik").country()).isEqualTo("SWE");
  }

  @Test
  void givesTheCountryOfADefiniteNationalityNounToThePersonNamedBefore() throws IOException {
    Actor director = actor(analysis("nationality-as-a-noun-describing-the-person-named-before"), "Maya Lind");
    assertThat(director.country()).isEqualTo("SWE");
    assertThat(director.mentions()).anyMatch(m -> m.text().equals("The 34-year-old Swede"));
  }

  @Test
  void readsADemonymForAWholePeopleAsNoPerson() throws IOException {
    Analysis a = analysis("a-people-named-by-its-demonym-is-no-person");
    assertThat(actor(a, "Ann Cole").country()).isEqualTo("CAN");
    assertThat(actor(a, "Ann Cole").mentions()).noneMatch(m -> m.text().contains("British") || m.text().contains("Scots"));
  }

  @Test
  void findsTheNamesOfBodiesTheTaggerMissed() throws IOException {
    Analysis a = analysis("bodies-the-tagger-leaves-unnamed");
    assertThat(actor(a, "River Safety Archive").kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(actor(a, "Coastal Fishers Rights Fund").country()).isEqualTo("USA");
  }

  @Test
  void placesABodyByTheTownBeforeTheKindOfBodyItIs() throws IOException {
    assertThat(actor(analysis("a-capital-before-a-kind-of-body"), "Harbour Light Foundation").country())
        .isEqualTo("DEU");
  }

  @Test
  void keepsTheCountryOfACompanyTheLexiconKnowsWhereverItsProductsAre() throws IOException {
    assertThat(actor(analysis("a-company-named-before-its-product"), "Boeing").country()).isEqualTo("USA");
  }

  @Test
  void readsAPeopleNamedByItsDemonymAsTheSubjectOfAVerbAsItsCountry() throws IOException {
    Analysis a = analysis("a-people-acting-as-its-nation");
    assertThat(mentions(actor(a, "United Kingdom"))).containsExactly("The British");
    assertThat(mentions(actor(a, "Netherlands"))).containsExactly("the Dutch");
  }

  @Test
  void takesNoBodyFromTheWordsOfAnOffice() throws IOException {
    Analysis a = analysis("a-people-acting-as-its-nation");
    assertThat(a.actors()).noneMatch(x -> x.name().equals("State"));
    assertThat(actor(a, "Mark Dunn").role()).isEqualTo("Secretary of State");
  }

  @Test
  void givesPeopleNamedAfterANounTheCountryTheTextGavePeopleItDescribedByThatNoun() throws IOException {
    Analysis a = analysis("people-named-by-a-noun-the-text-described-before");
    assertThat(actor(a, "Marco Bini").country()).isEqualTo("ITA");
    assertThat(actor(a, "Paolo Sala").country()).isEqualTo("ITA");
  }

  @Test
  void givesBothNamesAfterOnePluralDescriptionItsCountry() throws IOException {
    Analysis a = analysis("two-names-after-one-description");
    assertThat(actor(a, "Anna Roth").country()).isEqualTo("CHE");
    assertThat(actor(a, "Ben Keller").country()).isEqualTo("CHE");
  }

  @Test
  void givesAPersonOfANamedBodyThatBodyAndNotTheStorysCountry() throws IOException {
    Actor official = actor(analysis("a-person-of-a-named-body"), "Lena Ortiz");
    assertThat(official.organization()).isEqualTo("World Health Organization");
    assertThat(official.country()).isNull();
  }

  @Test
  void givesTheHolderOfAnOfficeOfOneCountryThatCountry() throws IOException {
    Actor pope = actor(analysis("an-office-of-one-country"), "Gregory");
    assertThat(pope.role()).isEqualTo("Pope");
    assertThat(pope.country()).isEqualTo("VAT");
  }

  private static Analysis analysis(String name) throws IOException {
    Path file = Path.of("src/test/resources/actors/annotated/" + name + ".annotated.json");
    return Pipeline.extract(AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8)), List.of());
  }
}
