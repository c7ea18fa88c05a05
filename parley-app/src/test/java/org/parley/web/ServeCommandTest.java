package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;

/** {@code parley serve}'s refusals, before it binds anything. */
class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void refusesAMissingStoreAsBadInput() {
    assertThat(Main.run("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0")).isEqualTo(2);
  }

  @Test
  void refusesAPortOutOfRange() {
    assertThat(Main.run("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "70000")).isEqualTo(2);
  }

  @Test
  void refusesAPortThatIsNotANumber() {
    assertThat(Main.run("serve", "--port", "seventy")).isEqualTo(2);
  }
}
