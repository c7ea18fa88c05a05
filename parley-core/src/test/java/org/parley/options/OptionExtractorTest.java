package org.parley.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Option;
import org.parley.pipeline.Frozen;

/**
 * Options and their likelihood, on frozen annotations of sentences written for these tests
 * ({@code src/test/resources/options/options-cases.txt}): no models.
 */
class OptionExtractorTest {
  private static final String OUTCOMES = "What comes next for the talks? Analysts see three possible outcomes";
  private static Analysis cases;

  @BeforeAll
  static void extract() {
    cases = Frozen.analysis("options/options-cases.annotated.json");
  }

  @Test
  void findsEachItemOfAnAnnouncedList() {
    assertThat(set(OUTCOMES)).extracting(Option::label)
        .containsExactly("A negotiated settlement", "Renewed fighting", "A frozen conflict");
  }

  @Test
  void mapsEachItemsLikelihoodWordsToAnIcd203Band() {
    Option fighting = option("Renewed fighting");
    assertThat(fighting.likelihood()).isEqualTo("unlikely");
    assertThat(fighting.low()).isEqualTo(0.20);
    assertThat(fighting.high()).isEqualTo(0.45);
    assertThat(option("A negotiated settlement").likelihood()).isEqualTo("most likely");
  }

  @Test
  void ranksTheItemsOfASetByBandAndComparatives() {
    // "most likely" first; "less likely still" below the "unlikely" item before it, in the same band
    assertThat(option("A negotiated settlement").rank()).isEqualTo(1);
    assertThat(option("Renewed fighting").rank()).isEqualTo(2);
    assertThat(option("A frozen conflict").rank()).isEqualTo(3);
    assertThat(option("A frozen conflict").low()).isEqualTo(0.20);
  }

  @Test
  void offersBothSidesOfEitherOr() {
    String set = "The coalition will either call early elections or form a unity government";
    assertThat(set(set)).extracting(Option::label).containsExactly("call early elections", "form a unity government");
    assertThat(set(set)).allSatisfy(o -> assertThat(o.rank()).isNull());
  }

  @Test
  void splitsAnInlineListAtCommasAndItsLastConjunction() {
    assertThat(set("Options")).extracting(Option::label)
        .containsExactly("new talks", "targeted sanctions", "a naval blockade");
  }

  @Test
  void keepsALikelihoodStatementOutsideAnyList() {
    assertThat(set(OptionExtractor.STATEMENTS)).singleElement().satisfies(o -> {
      assertThat(o.label()).isEqualTo("The central bank will probably raise interest rates in June");
      assertThat(o.likelihood()).isEqualTo("probably");
      assertThat(o.low()).isEqualTo(0.55);
    });
  }

  @Test
  void takesNoPastReportOrAttributiveLikelyForAnOption() {
    // "Stocks either fell or stayed flat on Monday.", "The likely winner is the incumbent mayor."
    assertThat(cases.options()).noneMatch(o -> o.label().contains("fell") || o.label().contains("winner"));
  }

  @Test
  void tabulatesSetsInTextOrderWithStatementsLastAndOptionsByRank() {
    OptionTable table = OptionTable.of(cases);
    assertThat(table.sets()).extracting(OptionTable.OptionSet::name).first().isEqualTo(OUTCOMES);
    assertThat(table.sets()).last().satisfies(s -> assertThat(s.statements()).isTrue());
    assertThat(table.sets().get(0).options()).extracting(Option::rank).containsExactly(1, 2, 3);
    assertThat(OptionTable.percent(option("Renewed fighting"))).isEqualTo("20\u201345%");
    assertThat(OptionTable.bandWords(option("Renewed fighting"))).isEqualTo("unlikely");
  }

  private static List<Option> set(String name) {
    return cases.options().stream().filter(o -> o.set().equals(name)).toList();
  }

  private static Option option(String label) {
    return cases.options().stream().filter(o -> o.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no option " + label + " in " + cases.options()));
  }
}
