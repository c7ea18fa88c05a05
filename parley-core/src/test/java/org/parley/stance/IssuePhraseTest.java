package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuePhraseTest {
  @Test
  void spellsGerundsOfVerbsInIssueLabels() {
    assertThat(IssuePhrase.gerund("raise")).isEqualTo("raising");
    assertThat(IssuePhrase.gerund("put")).isEqualTo("putting");
    assertThat(IssuePhrase.gerund("stop")).isEqualTo("stopping");
    assertThat(IssuePhrase.gerund("meet")).isEqualTo("meeting");
    assertThat(IssuePhrase.gerund("open")).isEqualTo("opening");
    assertThat(IssuePhrase.gerund("die")).isEqualTo("dying");
    assertThat(IssuePhrase.gerund("be")).isEqualTo("being");
    assertThat(IssuePhrase.gerund("agree")).isEqualTo("agreeing");
  }
}
