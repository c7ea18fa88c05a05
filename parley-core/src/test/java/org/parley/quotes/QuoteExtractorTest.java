package org.parley.quotes;

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
import org.parley.model.DataIssue;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;
import org.parley.util.Nullable;

/** Who said what, on frozen annotations of parley-corenlp's test texts: no models. */
class QuoteExtractorTest {
  private static Analysis water;
  private static Analysis border;

  @BeforeAll
  static void extract() throws IOException {
    water = analysis("water-talks");
    border = analysis("border-dispute");
  }

  @Test
  void attributesQuoteToSpeakerNamedAfterIt() {
    Quote q = quoteStartingWith(water, "We have come a long way, but the last mile is the hardest");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(water, q)).isEqualTo("William Ruto");
    assertThat(q.cue()).isEqualTo("told");
  }

  @Test
  void continuesTheSpeakerOfTheQuoteBeforeInTheSameParagraph() {
    Quote q = quote(water, "Nobody should expect miracles this week.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(water, q)).isEqualTo("William Ruto");
  }

  @Test
  void attributesPartialQuoteInsideReportedSpeechToTheReporter() {
    Quote q = quote(water, "constructive");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerName(water, q)).isEqualTo("William Ruto");
  }

  @Test
  void reportsSpeechAfterThatAsIndirectWithoutTheComplementiser() {
    Quote q = quote(water, "the talks had been \"constructive\" and that a deal was close");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(water, q)).isEqualTo("William Ruto");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void takesSoCalledQuoteAsATermWithNoSpeaker() {
    Quote q = quote(water, "green corridor");
    assertThat(q.kind()).isEqualTo(QuoteKind.TERM);
    assertThat(q.speaker()).isNull();
    assertThat(q.cue()).isNull();
  }

  @Test
  void neverGivesATermASpeaker() {
    for (Analysis a : List.of(water, border)) {
      assertThat(a.quotes()).filteredOn(q -> q.kind() == QuoteKind.TERM).allSatisfy(q -> {
        assertThat(q.speaker()).as(q.text()).isNull();
      });
    }
  }

  @Test
  void reportsAccordingToAsIndirectSpeechOfTheSource() {
    Quote q = quote(water, "Ethiopia is ready to sign a framework agreement next month");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.cue()).isEqualTo("According");
    Actor speaker = water.actor(q.speaker());
    assertThat(speaker.name()).isEqualTo("officials");
    assertThat(speaker.kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  void resolvesShePronounToThePersonNamedBefore() {
    Quote q = quote(water, "the so-called \"green corridor\" would be discussed on Friday");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(water, q)).isEqualTo("Maria Lopez");
    assertThat(q.cue()).isEqualTo("added");
  }

  @Test
  void attributesPartialQuotesOfTwoConjoinedVerbsToTheirSubject() {
    for (String words : List.of("historic opportunity", "seize the moment")) {
      Quote q = quote(water, words);
      assertThat(q.kind()).as(words).isEqualTo(QuoteKind.PARTIAL);
      assertThat(speakerName(water, q)).as(words).isEqualTo("Abiy Ahmed");
    }
  }

  @Test
  void attributesAnOrganisationsStatementToTheOrganisation() {
    Quote q = quote(water, "it would study the text carefully");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(water, q)).isEqualTo("Foreign Ministry");
  }

  @Test
  void attributesSpeechToTheNameInAppositionToItsSubject() {
    Quote q = quote(water, "any agreement must protect his country's share of the river");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(water, q)).isEqualTo("Sameh Shoukry");
  }

  @Test
  @Disabled("known gap: no indirect quote for \"warned that time was running out\": the parse makes \"time\" the "
      + "object of \"warned\" (no ccomp) and the fallback that reads what follows the cue is for speech cues only, "
      + "not stance cues like warn")
  void reportsWhatAWarningSaysAsIndirectSpeech() {
    Quote q = quote(water, "time was running out");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(water, q)).isEqualTo("Maria Lopez");
  }

  @Test
  void attributesKremlinStatementToTheKremlin() {
    Quote q = quote(border, "absurd");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    Actor speaker = border.actor(q.speaker());
    assertThat(speaker.name()).isEqualTo("Kremlin");
    assertThat(speaker.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(speaker.country()).isEqualTo("RUS");
  }

  @Test
  void reportsWhatTheKremlinSaidAsIndirectSpeechOfTheKremlin() {
    Quote q = quoteStartingWith(border, "the accusations were \"absurd\"");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(border, q)).isEqualTo("Kremlin");
  }

  @Test
  @Disabled("known gap: the reported content runs on to \"and called for restraint\", a second action of the "
      + "Kremlin that the parse hangs as a conjunct of the complement")
  void endsReportedSpeechBeforeAConjoinedActionOfTheSpeaker() {
    Quote q = quoteStartingWith(border, "the accusations were \"absurd\"");
    assertThat(q.text()).isEqualTo("the accusations were \"absurd\"");
  }

  @Test
  void resolvesMrAndSurnameToTheFullName() {
    Quote q = quote(border, "We will defend our border.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(border, q)).isEqualTo("Radoslaw Sikorski");
  }

  @Test
  void attributesAQuoteOverTwoSentencesToTheSpeakerNamedAfterIt() {
    Quote q = quoteStartingWith(border, "This is a deliberate provocation. It will not work");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(border, q)).isEqualTo("Radoslaw Sikorski");
  }

  @Test
  void attributesQuoteToSpeakerNamedWithADescriptionAfterIt() {
    Quote q = quoteStartingWith(border, "The door remains open");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(border, q)).isEqualTo("Kaja Kallas");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void continuesTheSpeakerIntoAParagraphThatIsAllQuote() {
    Quote q = quote(border, "But patience is not infinite.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(border, q)).isEqualTo("Kaja Kallas");
  }

  @Test
  void resolvesHePronounToThePersonNamedBefore() {
    Quote q = quote(border, "sanctions remained an option");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(border, q)).isEqualTo("Olaf Scholz");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void reportsWhatWasToldToAListenerAsIndirectSpeechWithoutTheComplementiser() {
    Quote q = quote(border, "Germany stood with Poland");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(border, q)).isEqualTo("Olaf Scholz");
    assertThat(q.cue()).isEqualTo("told");
  }

  @Test
  @Disabled("known gap: the quote opened before \"return to the table\" never closes, but the next paragraph opens "
      + "with a mark, so it is taken for a quote continued over paragraphs: no quote.unclosed issue is recorded")
  void recordsTheUnclosedQuoteOfTheMinisters() {
    assertThat(border.dataIssues()).extracting(DataIssue::code).contains("quote.unclosed");
  }

  @Test
  @Disabled("known gap: the unclosed quote runs to the paragraph's end and swallows the spokesperson's words: "
      + "\"return to the table without delay, and the talks would resume next week, a spokesperson said.\"")
  void endsTheUnclosedQuoteOfTheMinistersAtItsClause() {
    Quote q = quoteStartingWith(border, "return to the table without delay");
    assertThat(q.text()).isEqualTo("return to the table without delay");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerName(border, q)).isEqualTo("European foreign ministers");
  }

  @Test
  @Disabled("known gap: \"the talks would resume next week, a spokesperson said\" gives no statement of the "
      + "spokesperson: its words are inside the ministers' unclosed quote")
  void reportsTheSpokespersonsWordsAfterTheUnclosedQuote() {
    Quote q = quote(border, "the talks would resume next week");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(border, q)).contains("spokesperson");
  }

  private static Analysis analysis(String name) throws IOException {
    Path file = Path.of("src/test/resources/annotated/" + name + ".annotated.json");
    return Pipeline.extract(AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8)), List.of());
  }

  private static Quote quote(Analysis a, String words) {
    return find(a, q -> q.text().equals(words), "\"" + words + "\"");
  }

  private static Quote quoteStartingWith(Analysis a, String words) {
    return find(a, q -> q.text().startsWith(words), "starting \"" + words + "\"");
  }

  private static Quote find(Analysis a, java.util.function.Predicate<Quote> test, String what) {
    List<Quote> found = a.quotes().stream().filter(test).toList();
    assertThat(found).as("quotes %s among %s", what, a.quotes().stream().map(Quote::text).toList()).hasSize(1);
    return found.get(0);
  }

  private static @Nullable String speakerName(Analysis a, Quote q) {
    Actor speaker = q.speaker() == null ? null : a.actor(q.speaker());
    return speaker == null ? null : speaker.name();
  }
}
