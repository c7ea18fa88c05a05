package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

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

  /** "She backed a halt to the fighting." parsed with "to the fighting" hung on the verb, as parsers often do. */
  @Test
  void takesAComplementTheParserHungOnTheVerbIntoTheIssue() {
    String text = "She backed a halt to the fighting.";
    String[][] words = {{"She", "PRP", "she"}, {"backed", "VBD", "back"}, {"a", "DT", "a"}, {"halt", "NN", "halt"},
        {"to", "IN", "to"}, {"the", "DT", "the"}, {"fighting", "NN", "fighting"}, {".", ".", "."}};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int k = 0; k < words.length; k++) {
      int b = text.indexOf(words[k][0], at);
      tokens.add(new Token(k, b, b + words[k][0].length(), words[k][0], words[k][1], words[k][2], "O", null));
      at = b + words[k][0].length();
    }
    List<Dependency> deps = List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1),
        new Dependency("det", 3, 2), new Dependency("obj", 1, 3), new Dependency("case", 6, 4),
        new Dependency("det", 6, 5), new Dependency("obl", 1, 6), new Dependency("punct", 1, 7));
    Sentence s = new Sentence(0, 0, text.length(), tokens, deps);

    IssuePhrase p = IssuePhrase.noun(s, 3, text);

    assertThat(p.label()).isEqualTo("halt to fighting");
    assertThat(IssueKeys.get().key(p.label())).isEqualTo("ceasefire");
  }
}
