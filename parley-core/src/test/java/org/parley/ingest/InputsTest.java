package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.DataIssue;
import org.parley.model.Document;

class InputsTest {
  private static final LocalDate USER_DATE = LocalDate.of(2025, 8, 18);

  @TempDir Path dir;

  @Test
  void readsUtf8WithBomAndCrlf() throws IOException {
    Path file = write("000_18622258dec15cd8.txt", "\uFEFFFirst paragraph.\r\nSecond paragraph.\r\n\r\n");
    Loaded.Ok ok = ok(Inputs.read(file.toString(), USER_DATE));
    Document d = ok.document();
    assertThat(d.id()).isEqualTo("000_18622258dec15cd8");
    assertThat(d.source()).isEqualTo(file.toString());
    assertThat(d.text()).isEqualTo("First paragraph.\nSecond paragraph.");
    assertThat(d.title()).isNull();
    assertThat(d.published()).isEqualTo(USER_DATE);
    assertThat(d.posts()).isEmpty();
    assertThat(ok.issues()).isEmpty();
  }

  @Test
  void keepsInnerWhitespaceExactly() throws IOException {
    String text = "  Indented line.\n\n\tTabbed   line with  spaces.\nLast";
    assertThat(ok(Inputs.read(write("a.txt", text + "\n  \n").toString(), null)).document().text())
        .isEqualTo(text);
  }

  @Test
  void datelineWinsOverUserDateAndStaysInTheText() throws IOException {
    Path file = write("d.txt", "Friday, January 4, 2019\nThe summit opened.");
    Document d = ok(Inputs.read(file.toString(), USER_DATE)).document();
    assertThat(d.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(d.text()).startsWith("Friday, January 4, 2019\n");
  }

  @Test
  void recordsMissingDateWhenNeitherSourceNorUserGivesOne() throws IOException {
    Loaded.Ok ok = ok(Inputs.read(write("n.txt", "No date here.").toString(), null));
    assertThat(ok.document().published()).isNull();
    assertThat(ok.issues()).extracting(DataIssue::code).containsExactly("date.missing");
  }

  @Test
  void recordsGuessedEncodingForLatin1Text() throws IOException {
    Path file = dir.resolve("latin.txt");
    Files.write(file, "Caf\u00e9 \u201ctalks\u201d".getBytes("windows-1252"));
    Loaded.Ok ok = ok(Inputs.read(file.toString(), USER_DATE));
    assertThat(ok.document().text()).isEqualTo("Caf\u00e9 \u201ctalks\u201d");
    assertThat(ok.issues()).extracting(DataIssue::code).containsExactly("encoding.guessed");
  }

  @Test
  void readsHtmlFilesAsWebPages() throws IOException {
    Path file = write("page.htm", "<html><head><title>T</title>"
        + "<meta property=\"article:published_time\" content=\"2024-02-29T09:00:00Z\"></head>"
        + "<body><nav>menu</nav><p>One.</p><p>Two.</p></body></html>");
    Document d = ok(Inputs.read(file.toString(), USER_DATE)).document();
    assertThat(d.id()).isEqualTo("page");
    assertThat(d.text()).isEqualTo("One.\nTwo.");
    assertThat(d.title()).isEqualTo("T");
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void sniffsHtmlInAFileWithoutHtmlExtension() throws IOException {
    Path file = write("saved", "\n  <!DOCTYPE html><html><body><p>Sniffed.</p></body></html>");
    assertThat(ok(Inputs.read(file.toString(), null)).document().text()).isEqualTo("Sniffed.");
  }

  @Test
  void failsClearlyForMissingPath() {
    String missing = dir.resolve("nope.txt").toString();
    assertThat(failed(Inputs.read(missing, null)).message()).isEqualTo("no such file: " + missing);
  }

  @Test
  void failsClearlyForAnUnsupportedUrlScheme() {
    assertThat(failed(Inputs.read("ftp://example.org/a.txt", null)).message())
        .isEqualTo("unsupported URL scheme: ftp://example.org/a.txt (only http:// and https:// are read)");
  }

  @Test
  void failsClearlyForADirectory() {
    assertThat(failed(Inputs.read(dir.toString(), null)).message())
        .isEqualTo("not a file: " + dir + " is a directory");
  }

  @Test
  void failsClearlyForEmptyAndWhitespaceOnlyFiles() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \r\n\t \n");
    assertThat(failed(Inputs.read(empty.toString(), null)).message()).isEqualTo("empty document: " + empty);
    assertThat(failed(Inputs.read(blank.toString(), null)).message()).isEqualTo("empty document: " + blank);
  }

  @Test
  void failsClearlyForBinaryFiles() throws IOException {
    Path file = dir.resolve("image.png");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    assertThat(failed(Inputs.read(file.toString(), null)).message())
        .isEqualTo("not a text document: " + file + " looks binary");
  }

  @Test
  void failsClearlyForHtmlWithoutText() throws IOException {
    Path file = write("nav.html", "<html><body><nav>Home</nav><footer>(c)</footer></body></html>");
    assertThat(failed(Inputs.read(file.toString(), null)).message())
        .isEqualTo("no main text found in " + file);
  }

  @Test
  void readsStdinAsADocumentCalledStdin() {
    byte[] bytes = "2019-01-04\nFrom a pipe.\n".getBytes(StandardCharsets.UTF_8);
    List<Loaded> result = Inputs.read("-", USER_DATE, new ByteArrayInputStream(bytes), UrlFetcher.shared());
    Document d = ok(result).document();
    assertThat(d.id()).isEqualTo("stdin");
    assertThat(d.source()).isEqualTo("stdin");
    assertThat(d.text()).isEqualTo("2019-01-04\nFrom a pipe.");
    assertThat(d.published()).isEqualTo(LocalDate.of(2019, 1, 4));
  }

  @Test
  void failsClearlyForEmptyStdin() {
    List<Loaded> result =
        Inputs.read("-", null, new ByteArrayInputStream(new byte[0]), UrlFetcher.shared());
    assertThat(failed(result)).isEqualTo(new Loaded.Failed("-", "empty document: stdin"));
  }

  @Test
  void readsBytesFetchedElsewhereByTheirContentTypeCharset() {
    String page = "<html><head><title>Talks end</title></head><body><article><p>The envoys left Geneva "
        + "without a deal, and the mediator said the talks would go on next week.</p></article></body></html>";
    byte[] latin1 = page.replace("Geneva", "Gen\u00e8ve").getBytes(StandardCharsets.ISO_8859_1);
    Loaded loaded = Inputs.read(latin1, "https://example.org/a", "https://example.org/a",
        "text/html; charset=ISO-8859-1", USER_DATE);
    Document d = ok(List.of(loaded)).document();
    assertThat(d.id()).isEqualTo("https://example.org/a");
    assertThat(d.title()).isEqualTo("Talks end");
    assertThat(d.text()).contains("left Gen\u00e8ve without a deal");
    assertThat(d.published()).isEqualTo(USER_DATE);
  }

  @Test
  void failsClearlyForEmptyBytes() {
    assertThat(Inputs.read(new byte[0], "x", "https://example.org/x", null, null))
        .isEqualTo(new Loaded.Failed("https://example.org/x", "empty document: https://example.org/x"));
  }

  @Test
  void takesTheIdFromTheFileNameWithoutItsLastExtension() {
    assertThat(Inputs.idOf("000_18622258dec15cd8.txt")).isEqualTo("000_18622258dec15cd8");
    assertThat(Inputs.idOf("report.v2.html")).isEqualTo("report.v2");
    assertThat(Inputs.idOf("README")).isEqualTo("README");
    assertThat(Inputs.idOf(".hidden")).isEqualTo(".hidden");
  }

  @Test
  void keepsFailedMessagesOnOneLine() {
    assertThat(new Loaded.Failed("x", "first\r\nsecond\n").message()).isEqualTo("first second");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static Loaded.Ok ok(List<Loaded> result) {
    assertThat(result).hasSize(1);
    assertThat(result.get(0)).isInstanceOf(Loaded.Ok.class);
    return (Loaded.Ok) result.get(0);
  }

  static Loaded.Failed failed(List<Loaded> result) {
    assertThat(result).hasSize(1);
    assertThat(result.get(0)).isInstanceOf(Loaded.Failed.class);
    return (Loaded.Failed) result.get(0);
  }
}
