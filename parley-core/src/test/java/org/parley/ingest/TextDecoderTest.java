package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.model.DataIssue;

class TextDecoderTest {
  private static final String TEXT = "Gen\u00e8ve talks \u2014 \u201cprogress\u201d.";

  @Test
  void decodesUtf8AndDropsItsBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    TextDecoder.Decoded d = TextDecoder.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)), null);
    assertThat(d).isNotNull();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.issues()).isEmpty();
  }

  @Test
  void decodesUtf16ByItsBom() {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      TextDecoder.Decoded d = TextDecoder.decode(("\uFEFF" + TEXT).getBytes(cs), null);
      assertThat(d).isNotNull();
      assertThat(d.text()).isEqualTo(TEXT);
      assertThat(d.issues()).isEmpty();
    }
  }

  @Test
  void guessesUtf16WithoutBomFromZeroBytes() {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE), null);
    assertThat(d).isNotNull();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.issues()).extracting(DataIssue::code).containsExactly("encoding.guessed");
  }

  @Test
  void guessesWindows1252WhenBytesAreNotUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")), null);
    assertThat(d).isNotNull();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.issues()).extracting(DataIssue::code).containsExactly("encoding.guessed");
  }

  @Test
  void replacesAFewBadBytesInOtherwiseGoodUtf8() {
    byte[] bytes = concat(TEXT.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x80});
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
    assertThat(d).isNotNull();
    assertThat(d.text()).startsWith(TEXT).endsWith("\uFFFD");
    assertThat(d.issues()).extracting(DataIssue::code).containsExactly("encoding.invalid");
  }

  @Test
  void usesADeclaredCharsetAndTreatsLatin1AsWindows1252() {
    byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes, "ISO-8859-1");
    assertThat(d).isNotNull();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.issues()).isEmpty();
  }

  @Test
  void prefersValidUtf8OverAMislabeledDeclaredCharset() {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "ISO-8859-1");
    assertThat(d).isNotNull();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.issues()).extracting(DataIssue::code).containsExactly("encoding.mislabeled");
  }

  @Test
  void recordsAnUnknownDeclaredCharsetAndGoesOn() {
    TextDecoder.Decoded d = TextDecoder.decode("plain".getBytes(StandardCharsets.UTF_8), "x-no-such");
    assertThat(d).isNotNull();
    assertThat(d.text()).isEqualTo("plain");
    assertThat(d.issues()).extracting(DataIssue::code).containsExactly("encoding.unknown");
  }

  @Test
  void saysNulBytesAndControlCharactersAreBinary() {
    assertThat(TextDecoder.decode(new byte[] {'a', 0, 'b', 'c', 'd', 'e'}, null)).isNull();
    assertThat(TextDecoder.decode(new byte[] {1, 2, 3, 4, 5, 'a', 'b'}, null)).isNull();
  }

  @Test
  void findsCharsetInContentTypeAndMeta() {
    assertThat(TextDecoder.charsetOf("text/html; charset=\"ISO-8859-1\"")).isEqualTo("ISO-8859-1");
    assertThat(TextDecoder.charsetOf("text/html")).isNull();
    assertThat(TextDecoder.declaredInMeta(
        "<html><head><meta charset='windows-1252'>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("windows-1252");
    assertThat(TextDecoder.declaredInMeta(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            .getBytes(StandardCharsets.US_ASCII))).isEqualTo("utf-8");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
