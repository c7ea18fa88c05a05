package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * "Groups claiming the vote was rigged gathered ...": the parser often takes "the vote" for the object of "claiming"
 * and "was rigged" for the sentence's main verb. The claim is still the whole clause, and it stops where the
 * sentence's own verb ("gathered") goes on. On the frozen annotation of parley-corenlp's {@code stranded-claims.txt}.
 */
class StrandedClaimTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/stranded-claims.annotated.json");
  }

  @Test
  void aClaimWhoseObjectWasTakenForTheSubjectOfTheMainVerbReportsTheWholeClause() {
    assertThat(claims()).extracting(Quote::text)
        .containsExactly("the referendum was rigged", "the count had been falsified");
  }

  @Test
  void theClaimIsTheGroupsThatMakeIt() {
    assertThat(claims()).extracting(q -> FoundQuotes.speakerName(doc, q))
        .containsExactly("activists", "Several opposition groups");
  }

  @Test
  void theGroupsOpposeWhatTheyClaimWasRigged() {
    assertThat(doc.stances()).anySatisfy(s -> {
      assertThat(doc.actor(s.actor()).name()).isEqualTo("activists");
      assertThat(s.polarity()).isEqualTo("oppose");
      assertThat(s.text()).contains("referendum");
    });
  }

  private static List<Quote> claims() {
    return doc.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
  }
}
