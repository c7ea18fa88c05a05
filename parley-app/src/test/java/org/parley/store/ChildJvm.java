package org.parley.store;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A second JVM on the tests' class path, for tests that kill a process in the middle of its work. */
public final class ChildJvm {
  private ChildJvm() {}

  /** A process that runs {@code main} with {@code args}, with JVM {@code options} (none: an empty list). */
  public static ProcessBuilder of(List<String> options, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-cp");
    command.add(classPath());
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** The test class path: surefire's, the class loader's URLs, or the JVM's. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null && !surefire.isBlank()) {
      return surefire;
    }
    if (ChildJvm.class.getClassLoader() instanceof URLClassLoader loader) {
      List<String> paths = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        paths.add(new File(url.getPath()).getPath());
      }
      paths.add(System.getProperty("java.class.path"));
      return String.join(File.pathSeparator, paths);
    }
    return System.getProperty("java.class.path");
  }
}
