package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.parley.actors.ActorExtractor;
import org.parley.events.EventExtractor;
import org.parley.options.OptionExtractor;
import org.parley.quotes.QuoteExtractor;
import org.parley.stance.StanceExtractor;
import org.parley.time.TimeExtractor;

/**
 * Which component, in which version, produced a document's findings at one stage of the pipeline.
 *
 * @param stage annotator, actors, quotes, times, events, stances or options
 * @param extractor the component's stable name ("corenlp-4.5.10", "quotes")
 * @param version the version of the code that ran it
 */
public record Provenance(String stage, String extractor, String version) {
  public Provenance {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(version, "version");
  }

  /** The stages of {@link org.parley.pipeline.Pipeline}, after the named annotator, at the core's version. */
  public static List<Provenance> pipeline(String annotator) {
    String v = coreVersion();
    return List.of(
        new Provenance("annotator", annotator, v),
        new Provenance("actors", ActorExtractor.NAME, v),
        new Provenance("quotes", QuoteExtractor.NAME, v),
        new Provenance("times", TimeExtractor.NAME, v),
        new Provenance("events", EventExtractor.NAME, v),
        new Provenance("stances", StanceExtractor.NAME, v),
        new Provenance("options", OptionExtractor.NAME, v));
  }

  /** parley-core's Maven version from its jar, or "dev" when it runs from a classes folder. */
  public static String coreVersion() {
    return CoreVersion.VALUE;
  }

  private static final class CoreVersion {
    static final String VALUE = read();

    private static String read() {
      try (InputStream in = ActorExtractor.class.getResourceAsStream(
          "/META-INF/maven/org.parley/parley-core/pom.properties")) {
        if (in == null) {
          return "dev";
        }
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "dev");
      } catch (IOException e) {
        return "dev";
      }
    }
  }
}
