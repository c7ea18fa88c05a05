package org.parley.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;

class HtmlBriefingTest {
  private static final String SCRIPT = "<script>alert(1)</script>";

  @Test
  void escapesMarkupInTheDocumentText() {
    String text = "The spokesman wrote " + SCRIPT + " on the board.\n"
        + "He said \"" + SCRIPT + " is not a policy\".";
    String html = HtmlBriefing.write(analysis("Board notes", "board.txt", "The spokesman", text));
    assertThat(html).doesNotContainIgnoringCase("<script");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; on the board.");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; is not a policy");
  }

  @Test
  void escapesMarkupInTheTitleSourceAndActorNames() {
    String text = "The spokesman said \"the board is clean\".";
    String html = HtmlBriefing.write(
        analysis("Notes " + SCRIPT, "http://example.org/?a=\"><script>", "<img src=x onerror=alert(1)>", text));
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    assertThat(html).contains("<title>Notes &lt;script&gt;alert(1)&lt;/script&gt; \u00b7 Parley</title>");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  private static Analysis analysis(String title, String source, String speakerName, String text) {
    Document doc = new Document("board", title, null, source, text, List.of());
    int said = text.indexOf("said");
    Actor speaker = new Actor("spokesman", speakerName, ActorKind.PERSON, null, null, "Spokesperson",
        List.of(new Mention(0, "The spokesman".length(), "The spokesman")));
    int open = text.indexOf('"', said);
    int close = text.indexOf('"', open + 1);
    Quote quote = new Quote(open + 1, close, text.substring(open + 1, close), QuoteKind.PARTIAL, "spokesman", "said");
    return new Analysis(doc, List.of(speaker), List.of(quote), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }
}
