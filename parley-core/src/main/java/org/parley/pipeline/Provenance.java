package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

/**
 * Which component, in which version, produced a document's findings at one stage of the pipeline: stored with
 * them, so that every finding can say where it came from. {@link Pipeline#provenance()} lists its stages.
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

  /** parley-core's Maven version from its jar, or "dev" when it runs from a classes folder. */
  static String coreVersion() {
    return CoreVersion.VALUE;
  }

  private static final class CoreVersion {
    static final String VALUE = read();

    private static String read() {
      try (InputStream in = Provenance.class.getResourceAsStream(
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
