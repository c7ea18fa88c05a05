package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Post;
import org.parley.model.Span;

class LiveBlogTest {
  @Test
  void readsLiveBlogPostingUpdatesAsPostsWithSpansAndTimes() {
    Cleaned c = HtmlCleaner.clean(Resources.text("ingest/live-blog.html"), "");
    String post1 = "Delegations arrive at the port authority\n"
        + "Both delegations arrived shortly after eight.\n"
        + "The chief negotiator said she was \"cautiously hopeful\".";
    String post2 = "No headline on this one.\nObservers expect a statement by noon.";
    String post3 = "Talks adjourned until tomorrow\n"
        + "The mediator said the sides & their advisers would meet again on Wednesday.";
    assertThat(c.text()).isEqualTo(post1 + "\n" + post2 + "\n" + post3);
    assertThat(c.posts()).hasSize(3);
    assertThat(c.posts()).extracting(p -> p.span().of(c.text())).containsExactly(post1, post2, post3);
    assertThat(c.posts()).extracting(Post::published).containsExactly(
        "2024-03-12T08:05:00+00:00", "2024-03-12T09:40:00+00:00", "2024-03-12T13:15:00+00:00");
    assertThat(c.posts()).extracting(Post::title).containsExactly(
        "Delegations arrive at the port authority", null, "Talks adjourned until tomorrow");
    assertThat(c.title()).isEqualTo("Harbour talks live: negotiators return for day two");
    assertThat(c.published()).isEqualTo(LocalDate.of(2024, 3, 12));
  }

  @Test
  void readsRepeatedPostMarkupWhenThereIsNoJsonLd() {
    Cleaned c = HtmlCleaner.clean(Resources.text("ingest/live-blog-markup.html"), "");
    assertThat(c.posts()).extracting(p -> p.span().of(c.text())).containsExactly(
        "Envoy leaves without a deal\nThe envoy left the capital in the evening.\n"
            + "A spokesman said contacts would continue.",
        "Crowds gathered outside the ministry.",
        "Talks begin\nThe first session opened on time.");
    assertThat(c.posts()).extracting(Post::published)
        .containsExactly("2023-11-05T18:30:00Z", "2023-11-05T14:00:00Z", "2023-11-05T09:00:00Z");
    assertThat(c.posts()).extracting(Post::title)
        .containsExactly("Envoy leaves without a deal", null, "Talks begin");
    assertThat(c.published()).isEqualTo(LocalDate.of(2023, 11, 5));
    assertThat(c.title()).isEqualTo("Ceasefire talks: live updates");
  }

  @Test
  void acceptsASingleUpdateObjectAndTakesOnlyPostsAsText() {
    String html = "<script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\","
        + "\"coverageStartTime\":\"2020-02-02T08:00:00Z\",\"articleBody\":\"Summary line.\","
        + "\"liveBlogUpdate\":{\"@type\":\"BlogPosting\",\"headline\":\"Only &amp; post\","
        + "\"datePublished\":\"2020-02-02T09:00:00Z\",\"articleBody\":\"Body.\"}}</script>"
        + "<p>ignored page text</p>";
    Cleaned c = HtmlCleaner.clean(html, "");
    assertThat(c.text()).isEqualTo("Only & post\nBody.");
    assertThat(c.posts()).singleElement().satisfies(p -> {
      assertThat(p.span()).isEqualTo(new Span(0, c.text().length()));
      assertThat(p.title()).isEqualTo("Only & post");
      assertThat(p.published()).isEqualTo("2020-02-02T09:00:00Z");
    });
    assertThat(c.published()).isEqualTo(LocalDate.of(2020, 2, 2));
  }

  @Test
  void recordsAnUpdateWithNoText() {
    String html = "<script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\","
        + "\"liveBlogUpdate\":[{\"@type\":\"BlogPosting\"},{\"@type\":\"BlogPosting\","
        + "\"headline\":\"H\",\"datePublished\":\"2020-02-03T09:00:00Z\"}]}</script>";
    Cleaned c = HtmlCleaner.clean(html, "");
    assertThat(c.posts()).hasSize(1);
    assertThat(c.issues()).extracting(i -> i.code()).containsExactly("live.empty-post");
    assertThat(c.published()).isEqualTo(LocalDate.of(2020, 2, 3));
  }

  @Test
  void doesNotTreatAnArticleWithRelatedStoryTeasersAsALivePage() {
    String html = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
        + "<body><div class=\"story\"><p>The main article text, long enough to be the main text.</p></div>"
        + "<section><article><time datetime=\"2020-01-01\">a</time><p>Teaser A</p></article>"
        + "<article><time datetime=\"2020-01-02\">b</time><p>Teaser B</p></article></section></body>";
    Cleaned c = HtmlCleaner.clean(html, "");
    assertThat(c.posts()).isEmpty();
    assertThat(c.text()).startsWith("The main article text");
  }

  @Test
  void needsAtLeastTwoPostsInMarkup() {
    String html = "<body><article><time datetime=\"2020-01-01\">Jan 1</time>"
        + "<p>An ordinary article with a timestamp.</p></article></body>";
    assertThat(HtmlCleaner.clean(html, "").posts()).isEmpty();
  }
}
