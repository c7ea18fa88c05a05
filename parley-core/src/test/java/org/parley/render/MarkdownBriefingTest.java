package org.parley.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;

class MarkdownBriefingTest {
  private static final String TEXT = "Minister Ana Ruiz said \"we will not give up\" on Monday.\n"
      + "\"The talks go on,\" said envoy Tom Berg.\n"
      + "Ruiz added: \"Patience has limits.\" Observers called it a \"charm offensive\".";

  @Test
  void groupsStatementsUnderTheSpeakersName() {
    String md = MarkdownBriefing.write(analysis("Harbour talks"));
    assertThat(md).contains("## Who said what");
    int ruiz = md.indexOf("### Ana Ruiz");
    int berg = md.indexOf("### Tom Berg");
    assertThat(ruiz).isPositive();
    assertThat(berg).isGreaterThan(ruiz);
    String ruizSection = md.substring(ruiz, berg);
    assertThat(ruizSection).contains("Foreign Minister", "we will not give up", "Patience has limits.")
        .doesNotContain("The talks go on");
    assertThat(md.substring(berg)).contains("The talks go on,");
  }

  @Test
  void listsTermsApartFromStatements() {
    String md = MarkdownBriefing.write(analysis("Harbour talks"));
    assertThat(md).contains("*Terms in quotation marks:* \u201ccharm offensive\u201d");
    assertThat(md).doesNotContain("### Speaker not identified");
  }

  @Test
  void escapesMarkdownInTheDocumentTitle() {
    String md = MarkdownBriefing.write(analysis("Talks *stall* over_the [draft] <deal> #2"));
    assertThat(md.lines().findFirst()).hasValue("# Talks \\*stall\\* over\\_the \\[draft\\] \\<deal\\> \\#2");
  }

  private static Analysis analysis(String title) {
    Document doc = new Document("harbour", title, LocalDate.of(2026, 5, 4), "harbour.txt", TEXT, List.of());
    Actor ruiz = new Actor("ana-ruiz", "Ana Ruiz", ActorKind.PERSON, "ESP", null, "Foreign Minister",
        List.of(mention("Ana Ruiz"), mention("Ruiz added")));
    Actor berg = new Actor("tom-berg", "Tom Berg", ActorKind.PERSON, null, null, "Envoy", List.of(mention("Tom Berg")));
    List<Quote> quotes = List.of(
        quote("we will not give up", QuoteKind.PARTIAL, "ana-ruiz", "said"),
        quote("The talks go on,", QuoteKind.DIRECT, "tom-berg", "said"),
        quote("Patience has limits.", QuoteKind.DIRECT, "ana-ruiz", "added"),
        quote("charm offensive", QuoteKind.TERM, null, null));
    return new Analysis(doc, List.of(ruiz, berg), quotes, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  private static Mention mention(String words) {
    int begin = TEXT.indexOf(words);
    return new Mention(begin, begin + words.length(), words);
  }

  private static Quote quote(String words, QuoteKind kind, String speaker, String cue) {
    int begin = TEXT.indexOf(words);
    return new Quote(begin, begin + words.length(), words, kind, speaker, cue);
  }
}
