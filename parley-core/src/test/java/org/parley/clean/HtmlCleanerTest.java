package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
  @Test
  void takesTheLargestParagraphClusterAndDropsBoilerplate() {
    Cleaned c = HtmlCleaner.clean(Resources.text("ingest/article.html"), "");
    assertThat(c.text()).isEqualTo(String.join("\n",
        "Summit ends with a joint statement",
        "The two leaders signed a joint statement late on Thursday.",
        "The statement commits both sides to \u201cfurther talks\u201d in the autumn.",
        "What comes next",
        "A working group on trade",
        "A second summit in Lisbon",
        "Officials said details would follow.",
        "No date was set."));
    assertThat(c.posts()).isEmpty();
  }

  @Test
  void readsHeadlineAndDateFromJsonLdGraph() {
    Cleaned c = HtmlCleaner.clean(Resources.text("ingest/article.html"), "");
    assertThat(c.title()).isEqualTo("Summit ends with a joint statement");
    assertThat(c.published()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(c.issues()).isEmpty();
  }

  @Test
  void prefersOgTitleAndPublishedTimeMeta() {
    String html = "<html><head><title>Page title | Site</title>"
        + "<meta property=\"og:title\" content=\"The  og   title\">"
        + "<meta property=\"article:published_time\" content=\"2021-05-06T10:00:00+02:00\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"LD\","
        + "\"datePublished\":\"2020-01-01\"}</script></head>"
        + "<body><article><p>Text.</p></article><time datetime=\"2019-01-01\">x</time></body></html>";
    Cleaned c = HtmlCleaner.clean(html, "");
    assertThat(c.title()).isEqualTo("The og title");
    assertThat(c.published()).isEqualTo(LocalDate.of(2021, 5, 6));
  }

  @Test
  void fallsBackToTitleElementAndTimeDatetime() {
    String html = "<html><head><title> Just a title </title></head><body>"
        + "<p>Body text here.</p><time datetime=\"2018-11-11T11:00\">Nov 11</time></body></html>";
    Cleaned c = HtmlCleaner.clean(html, "");
    assertThat(c.title()).isEqualTo("Just a title");
    assertThat(c.published()).isEqualTo(LocalDate.of(2018, 11, 11));
    assertThat(c.text()).isEqualTo("Body text here.\nNov 11");
  }

  @Test
  void prefersArticleBodyOverRestOfPage() {
    String html = "<body><div><p>Teaser one is long enough to count as text.</p></div>"
        + "<div itemprop=\"articleBody\"><p>The real story starts here and it goes on and on.</p>"
        + "<p>And a second paragraph of the real story, long as well.</p></div></body>";
    assertThat(HtmlCleaner.clean(html, "").text()).isEqualTo(
        "The real story starts here and it goes on and on.\n"
            + "And a second paragraph of the real story, long as well.");
  }

  @Test
  void ignoresAnArticleElementThatHoldsLittleOfThePageText() {
    String html = "<body><article><p>Short teaser.</p></article><div class=\"content\">"
        + "<p>The main story has much more text than the teaser above it.</p>"
        + "<p>It continues for another long paragraph of reporting.</p></div></body>";
    assertThat(HtmlCleaner.clean(html, "").text()).startsWith("The main story");
  }

  @Test
  void recordsInvalidJsonLdAndUnreadableDatesAsIssues() {
    String html = "<head><script type=\"application/ld+json\">{\"@type\": </script>"
        + "<meta property=\"article:published_time\" content=\"last week\"></head>"
        + "<body><p>Text.</p></body>";
    Cleaned c = HtmlCleaner.clean(html, "");
    assertThat(c.text()).isEqualTo("Text.");
    assertThat(c.published()).isNull();
    assertThat(c.issues()).extracting(i -> i.code()).containsExactly("jsonld.invalid", "date.unparsed");
  }

  @Test
  void givesEmptyTextForAPageWithOnlyBoilerplate() {
    String html = "<html><head><title>t</title><script>var a = 1;</script></head><body>"
        + "<nav>Home</nav><footer>Footer</footer><p>&nbsp;</p></body></html>";
    assertThat(HtmlCleaner.clean(html, "").text()).isEmpty();
  }

  @Test
  void putsEachBlockOnItsOwnLineAndCollapsesSpaces() {
    String html = "<body><main><h2>Heading</h2><p>one\n  two&nbsp;&nbsp;three</p>"
        + "<ol><li>first</li><li>second <em>item</em></li></ol><blockquote>quoted</blockquote></main></body>";
    assertThat(HtmlCleaner.clean(html, "").text())
        .isEqualTo("Heading\none two three\nfirst\nsecond item\nquoted");
  }
}
