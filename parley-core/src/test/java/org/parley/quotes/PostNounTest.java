package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Analysis;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.pipeline.Frozen;

/**
 * "Post" names words only when published ("a Facebook post", "in a post", "her post on X"), not a place or an office
 * ("a border post", "the police post", "his post as minister"). On the frozen annotation of parley-corenlp's
 * {@code quote-post.txt}.
 */
class PostNounTest {
  private static AnnotatedDocument annotated;
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    annotated = Frozen.annotation("annotated/quote-post.annotated.json");
    doc = Frozen.analysis("annotated/quote-post.annotated.json");
  }

  /** The cue class of the word "post" in each sentence that has it, in order (null: no cue). */
  private static List<String> postClasses() {
    List<String> out = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        if (t.word().equals("post")) {
          out.add(Cues.get().classOf(s, t));
        }
      }
    }
    return out;
  }

  @Test
  void aBorderPostAPolicePostAndAPostAsMinisterAreNoWords() {
    assertThat(postClasses().subList(0, 3)).containsOnlyNulls();
  }

  @Test
  void aPostOnAMediumOrAsWhereWordsWereSaidIsWords() {
    assertThat(postClasses().subList(3, 7)).containsOnly("speech");
  }

  @Test
  void observingABorderPostReportsNoWords() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("border") || q.text().contains("Kampa"));
  }

  @Test
  void wordsInAPostAreStillReported() {
    assertThat(doc.quotes()).anyMatch(q -> q.text().contains("the strike was over"));
    assertThat(doc.quotes()).anyMatch(q -> q.text().contains("the bridge would reopen"));
  }
}
