package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DataIssue;
import org.parley.util.Nullable;

/**
 * Decodes the bytes of a text document, or says they are binary.
 *
 * <p>In order: a byte order mark (UTF-8, UTF-16, UTF-32) decides; UTF-16 without a mark is
 * recognised by its zero bytes ({@code encoding.guessed}); other bytes with NULs are binary; a
 * declared charset (HTTP header or HTML meta) is used when Java knows it, unless the bytes are
 * valid UTF-8 with multi-byte characters ({@code encoding.mislabeled}); otherwise valid UTF-8 is
 * UTF-8, UTF-8 with a few bad bytes among good multi-byte characters is decoded with replacement
 * characters ({@code encoding.invalid}), and anything else is read as windows-1252
 * ({@code encoding.guessed}). Text that is mostly control characters is binary.
 */
public final class TextDecoder {
  /** Share of control characters above which decoded text is binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SAMPLE = 8192;

  private TextDecoder() {}

  /**
   * Decoded text.
   *
   * @param text the text, without the byte order mark
   * @param charset the charset it was decoded with
   * @param issues {@code encoding.*} issues: a guess, replaced bytes, an unknown declared charset
   */
  public record Decoded(String text, Charset charset, List<DataIssue> issues) {
    public Decoded {
      issues = List.copyOf(issues);
    }
  }

  /**
   * Decodes {@code bytes}, or returns null when they look binary.
   *
   * @param declared a charset name the source declared (HTTP header, HTML meta), or null
   */
  public static @Nullable Decoded decode(byte[] bytes, @Nullable String declared) {
    List<DataIssue> issues = new ArrayList<>();
    Decoded d = decodeBytes(bytes, declared, issues);
    return d == null || looksBinary(d.text()) ? null : d;
  }

  /** The charset named by an HTML {@code <meta>} tag in the first bytes, or null. */
  public static @Nullable String declaredInMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The {@code charset} parameter of a Content-Type value, or null. */
  public static @Nullable String charsetOf(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable Decoded decodeBytes(byte[] b, @Nullable String declared, List<DataIssue> issues) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return decoded(b, 4, UTF_32BE, issues);
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return decoded(b, 4, UTF_32LE, issues);
    }
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return utf8(b, 3, issues);
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return decoded(b, 2, StandardCharsets.UTF_16BE, issues);
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return decoded(b, 2, StandardCharsets.UTF_16LE, issues);
    }
    Charset utf16 = utf16WithoutMark(b);
    if (utf16 != null) {
      issues.add(new DataIssue("encoding.guessed",
          "no byte order mark; zero bytes suggest " + utf16.name() + ", decoded as that", null));
      return decoded(b, 0, utf16, issues);
    }
    for (byte x : b) {
      if (x == 0) {
        return null;
      }
    }
    Charset charset = declaredCharset(declared, issues);
    if (charset != null && !charset.equals(StandardCharsets.UTF_8) && !isWide(charset)) {
      int[] utf8 = scanUtf8(b, 0);
      if (utf8[0] > 0 && utf8[1] == 0) {
        issues.add(new DataIssue("encoding.mislabeled",
            "declared " + declared + " but the bytes are valid UTF-8; decoded as UTF-8", null));
        return decoded(b, 0, StandardCharsets.UTF_8, issues);
      }
      return decoded(b, 0, charset, issues);
    }
    return utf8(b, 0, issues);
  }

  private static @Nullable Charset declaredCharset(@Nullable String name, List<DataIssue> issues) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252; // as browsers do: windows-1252 is a superset used under these names
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      issues.add(new DataIssue(
          "encoding.unknown", "declared charset \"" + name + "\" is unknown; ignored", null));
      return null;
    }
  }

  /** UTF-16 and UTF-32 declared without a byte order mark or zero bytes cannot be right. */
  private static boolean isWide(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static Decoded utf8(byte[] b, int from, List<DataIssue> issues) {
    int[] counts = scanUtf8(b, from);
    int multiByte = counts[0];
    int invalid = counts[1];
    if (invalid == 0) {
      return decoded(b, from, StandardCharsets.UTF_8, issues);
    }
    if (multiByte > invalid) {
      issues.add(new DataIssue("encoding.invalid",
          invalid + " bytes are not valid UTF-8; replaced with U+FFFD", null));
      return decoded(b, from, StandardCharsets.UTF_8, issues);
    }
    issues.add(new DataIssue("encoding.guessed",
        "not valid UTF-8 (" + invalid + " bad bytes); decoded as windows-1252", null));
    return decoded(b, from, WINDOWS_1252, issues);
  }

  private static Decoded decoded(byte[] b, int from, Charset charset, List<DataIssue> issues) {
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(b, from, b.length - from))
          .toString();
      return new Decoded(text, charset, issues);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder threw " + e, e);
    }
  }

  /** {valid multi-byte sequences, invalid bytes} in {@code b} from {@code from}. */
  static int[] scanUtf8(byte[] b, int from) {
    int multiByte = 0;
    int invalid = 0;
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
      } else {
        invalid++;
        i++;
        continue;
      }
      int cp = c & (0xFF >> (len + 1));
      int k = 1;
      while (k < len && i + k < b.length && (b[i + k] & 0xC0) == 0x80) {
        cp = (cp << 6) | (b[i + k] & 0x3F);
        k++;
      }
      if (k == len && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        multiByte++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {multiByte, invalid};
  }

  /** UTF-16LE or BE when the sample's zero bytes sit on one side of nearly every pair, else null. */
  private static @Nullable Charset utf16WithoutMark(byte[] b) {
    int pairs = Math.min(b.length, SAMPLE) / 2;
    if (pairs < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      if (b[i] == 0) {
        evenZeros++;
      }
      if (b[i + 1] == 0) {
        oddZeros++;
      }
    }
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** True when more than a tenth of the first characters are controls or replacement characters. */
  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), SAMPLE);
    if (n == 0) {
      return false;
    }
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
      if (control || c == '\uFFFD' || c == 0) {
        bad++;
      }
    }
    return bad > n * MAX_CONTROL_SHARE;
  }
}
