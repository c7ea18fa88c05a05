package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Reported statements whose speaker only a description names (a person, people, a document or website the lexicons
 * do not list, some members of a group), tags set off inside the clause they report, a second cue coordinated with
 * what the first reported, a gerund cue after "despite", and a title owned by a person. On the frozen annotation of
 * parley-corenlp's {@code unnamed-sources.txt}.
 */
class UnnamedSourcesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/unnamed-sources.annotated.json");
  }

  @Test
  void aPersonKnownOnlyByAnUnlistedDescriptionSpeaks() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the engine had failed")).containsOnly("ferry captain");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the lifeboats had been launched")).containsOnly("coastguard officer");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the wreck of an older ship")).containsOnly("archaeologists");
  }

  @Test
  void aDocumentOrWebsiteSpeaksForItself() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the cargo doors were left open")).containsOnly("Preliminary reports");
    assertThat(FoundQuotes.indirectSpeakers(doc, "most ferries in the region")).containsOnly("study");
    assertThat(FoundQuotes.indirectSpeakers(doc, "its offices remain open")).containsOnly("company's website");
    assertThat(FoundQuotes.indirectSpeakers(doc, "twelve of the passengers were foreign")).containsOnly("reports");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the owner has left the country")).containsOnly("Coastline.net");
  }

  @Test
  void someMembersOfAGroupSpeakTogether() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the water smelled of diesel")).containsOnly("residents");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the hospital had run out of beds")).containsOnly("nurses");
  }

  @Test
  void aTagSetOffInsideAClauseReportsTheWholeClause() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "Around forty barrels of fuel, officials said, leaked into the bay"))
        .containsOnly("officials");
    assertThat(FoundQuotes.indirectSpeakers(doc, "The vessel was overloaded, inspectors have said, and should never"))
        .containsOnly("inspectors");
    assertThat(FoundQuotes.indirectSpeakers(doc, "The data were, the survey says, gathered over three years"))
        .containsOnly("survey");
    assertThat(FoundQuotes.indirectSpeakers(doc, "One crew member was, according to the union, among the missing"))
        .containsOnly("union");
  }

  @Test
  void aTagSetOffAfterASemicolonReportsOnlyItsOwnClause() {
    // "Port officials said the hull had cracked along the keel; the damage, they reported, was older than the voyage."
    assertThat(FoundQuotes.indirect(doc, "older than the voyage")).isNotEmpty()
        .allSatisfy(q -> assertThat(q.text()).startsWith("the damage").doesNotContain("officials said"));
  }

  @Test
  void aGerundCueAfterDespiteSpeaksForTheNounBeforeIt() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "divers found cracks in the pier")).contains("Seawatch.org");
  }

  @Test
  void aSecondCueCoordinatedWithWhatTheFirstReportedKeepsItsSpeaker() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the port would reopen on Friday")).containsOnly("Marta Liang");
  }

  @Test
  void aTitleOwnedByAPersonIsSomeoneElse() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the owner will return next week")).containsOnly("his lawyer");
  }

  @Test
  void aBodyBesideANounForAPersonIsNotTheSpeaker() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the fuel would be pumped out first")).containsOnly("Clara Liang");
  }
}
