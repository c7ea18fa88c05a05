package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  @Test
  void dropsLeadingBomAndNormalisesCrlfAndLoneCr() {
    assertThat(TextCleaner.clean("\uFEFFone\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
  }

  @Test
  void trimsTrailingWhitespaceOnlyAtTheEnd() {
    assertThat(TextCleaner.clean("  indented  \n\n  inner   spaces \n\n \t")).isEqualTo("  indented  \n\n  inner   spaces");
  }

  @Test
  void keepsABomThatIsNotAtTheStart() {
    assertThat(TextCleaner.clean("a\uFEFFb")).isEqualTo("a\uFEFFb");
  }

  @Test
  void isIdempotentAndOnlyRemovesLineEndsBomAndTrailingSpaceOnRandomText() {
    Random random = new Random(42);
    String alphabet = "ab \t\r\n\uFEFF\u00e9\u201c";
    for (int run = 0; run < 500; run++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String raw = sb.toString();
      String clean = TextCleaner.clean(raw);
      assertThat(TextCleaner.clean(clean)).isEqualTo(clean);
      assertThat(clean).doesNotContain("\r").doesNotStartWith("\uFEFF");
      String expected = TextCleaner.stripBom(raw).replace("\r\n", "\n").replace('\r', '\n');
      assertThat(expected).startsWith(clean);
      assertThat(expected.substring(clean.length())).isBlank();
    }
  }
}
