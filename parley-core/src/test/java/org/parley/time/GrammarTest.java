package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.model.Token;

/** grammar.tsv and words.tsv load, and their rules say what they mean. */
class GrammarTest {
  private static final Set<String> OPERATIONS = Set.of("-", "lit", "dur", "set", "rel", "ago", "weekday", "weekend",
      "month", "monthday", "season", "quarter", "half", "date", "ym", "year", "decade", "century", "yseason", "yquarter", "yhalf",
      "clock", "same");
  private static final Grammar GRAMMAR = Grammar.load(TimeWords.load());

  @Test
  void loadsEveryRuleWithAKnownTypeAndValueExpression() {
    assertThat(GRAMMAR.rules()).hasSizeGreaterThan(100).allSatisfy(rule -> {
      assertThat(Grammar.TYPES).contains(rule.type());
      assertThat(OPERATIONS).as(rule.pattern()).contains(rule.value().split(" ")[0]);
      assertThat(rule.type().equals("-")).as(rule.pattern()).isEqualTo(rule.value().equals("-"));
    });
  }

  @Test
  void bindsEveryPlaceholderOfAValueInItsPattern() {
    // a value naming a class its pattern does not bind resolves to nothing, and the match is silently lost
    // ("earlier this year" once read {unit} from the literal words "week|month|year")
    Pattern placeholder = Pattern.compile("\\{([a-z-]+[0-9]?)\\}");
    Pattern cls = Pattern.compile("<([a-z0-9-]+)>");
    assertThat(GRAMMAR.rules()).allSatisfy(rule -> {
      Set<String> bound = new HashSet<>();
      Map<String, Integer> seen = new HashMap<>();
      Matcher c = cls.matcher(rule.pattern());
      while (c.find()) {
        int k = seen.merge(c.group(1), 1, Integer::sum);
        bound.add(k == 1 ? c.group(1) : c.group(1) + k);
        if (c.group(1).equals("n-unit")) {
          bound.addAll(List.of("n", "unit"));
        }
      }
      Matcher p = placeholder.matcher(rule.value());
      while (p.find()) {
        assertThat(bound).as(rule.pattern() + " -> " + rule.value()).contains(p.group(1));
      }
    });
  }

  @Test
  void prefersTheLongestMatch() {
    List<Grammar.Match> m = GRAMMAR.scan(tokens("within the next two weeks", "IN DT JJ CD NNS"));
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.start()).isZero();
      assertThat(x.end()).isEqualTo(5);
      assertThat(x.rule().type()).isEqualTo("DURATION");
    });
  }

  @Test
  void letsAMatchStartingInsideAnotherOneWinWhenItReachesFurther() {
    // "since July 24" would stop before the year
    List<Grammar.Match> m = GRAMMAR.scan(tokens("since July 24 , 2003", "IN NNP CD , CD"));
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.start()).isEqualTo(1);
      assertThat(x.end()).isEqualTo(5);
      assertThat(x.bindings()).containsEntry("year", "2003").containsEntry("month", "7").containsEntry("dom", "24");
    });
  }

  @Test
  void takesMayAsAMonthOnlyWhenItIsAProperNoun() {
    assertThat(GRAMMAR.scan(tokens("in May", "IN NNP"))).singleElement()
        .satisfies(x -> assertThat(x.bindings()).containsEntry("month", "5"));
    assertThat(GRAMMAR.scan(tokens("talks may last", "NNS MD VB"))).isEmpty();
  }

  @Test
  void readsARecordWeekBeforeSinceWithoutTakingTheSince() {
    // a lookahead (&since) holds without taking the word, which starts the next expression
    List<Grammar.Match> m = GRAMMAR.scan(tokens("their best week since March", "PRP$ JJS NN IN NNP"));
    assertThat(m).hasSize(2);
    assertThat(m.get(0).start()).isEqualTo(1);
    assertThat(m.get(0).end()).isEqualTo(3);
    assertThat(m.get(1).start()).isEqualTo(3);
    assertThat(GRAMMAR.scan(tokens("the best week for walkers", "DT JJS NN IN NNS"))).isEmpty();
  }

  @Test
  void readsADateWrittenTheIsoWayButNotAnImpossibleOne() {
    assertThat(GRAMMAR.scan(tokens("took effect on 2020-03-04", "VBD NN IN CD"))).singleElement()
        .satisfies(x -> assertThat(x.bindings()).containsEntry("iso-date", "2020-03-04"));
    assertThat(GRAMMAR.scan(tokens("code 2020-13-45", "NN CD"))).isEmpty();
  }

  @Test
  void marksOrdinalsBeforeANounAsNoTime() {
    assertThat(GRAMMAR.scan(tokens("a second round", "DT JJ NN"))).singleElement()
        .satisfies(x -> assertThat(x.isTime()).isFalse());
  }

  @Test
  void findsARuleWhoseOptionalFirstWordIsMissingOrWhoseFirstTokenIsANumber() {
    // the rule index must list a rule under the words of its second element when the first is optional,
    // and keep rules that start with a number open to every word
    assertThat(GRAMMAR.scan(tokens("recently", "RB"))).singleElement()
        .satisfies(x -> assertThat(x.rule().value()).isEqualTo("lit PAST_REF"));
    assertThat(GRAMMAR.scan(tokens("only recently", "RB RB"))).singleElement()
        .satisfies(x -> assertThat(x.end()).isEqualTo(2));
    assertThat(GRAMMAR.scan(tokens("17 days", "CD NNS"))).singleElement()
        .satisfies(x -> assertThat(x.rule().type()).isEqualTo("DURATION"));
  }

  @Test
  void readsTheNightOfADateOrAWeekdayAsThatDaysNight() {
    List<Grammar.Match> date = GRAMMAR.scan(tokens("on the night of June 21", "IN DT NN IN NNP CD"));
    assertThat(date).singleElement().satisfies(x -> {
      assertThat(x.start()).isZero();
      assertThat(x.end()).isEqualTo(6);
      assertThat(x.rule().value()).isEqualTo("monthday {month} {dom} tense - {part-of-day}");
    });
    List<Grammar.Match> weekday = GRAMMAR.scan(tokens("the night of Monday", "DT NN IN NNP"));
    assertThat(weekday).singleElement().satisfies(x -> assertThat(x.end()).isEqualTo(4));
  }

  @Test
  void readsAUnitAfterACountAsASetWithoutTakingTheCount() {
    // a condition on the tokens before (^@CD) holds without taking them: the expression is "a year"
    List<Grammar.Match> m = GRAMMAR.scan(tokens("tankers at a rate of 15 a year", "NNS IN DT NN IN CD DT NN"));
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.start()).isEqualTo(6);
      assertThat(x.end()).isEqualTo(8);
      assertThat(x.rule().type()).isEqualTo("SET");
    });
    assertThat(GRAMMAR.scan(tokens("cost 40 euros a day", "VB CD NNS DT NN"))).singleElement()
        .satisfies(x -> assertThat(x.start()).isEqualTo(3));
    assertThat(GRAMMAR.scan(tokens("rose 5 % a year", "VBD CD NN DT NN"))).singleElement()
        .satisfies(x -> assertThat(x.start()).isEqualTo(3));
    assertThat(GRAMMAR.scan(tokens("open seven days a week", "JJ CD NNS DT NN"))).singleElement().satisfies(x -> {
      assertThat(x.start()).isEqualTo(1);
      assertThat(x.rule().type()).isEqualTo("SET");
    });
    // not where the words after it make a day or a duration ("2008 a year of crisis", "a day later")
    assertThat(GRAMMAR.scan(tokens("2008 a year of crisis", "CD DT NN IN NN")))
        .noneMatch(x -> x.rule().type().equals("SET"));
    assertThat(GRAMMAR.scan(tokens("15 a day later", "CD DT NN RB")))
        .noneMatch(x -> x.rule().type().equals("SET"));
  }

  @Test
  void readsAnOrdinalQuarterAsAnAdjective() {
    // "third-quarter loss" (the tokenizer splits the hyphen off)
    assertThat(GRAMMAR.scan(tokens("a third - quarter loss", "DT JJ HYPH NN NN"))).singleElement().satisfies(x -> {
      assertThat(x.start()).isEqualTo(1);
      assertThat(x.bindings()).containsEntry("ordinal", "3");
    });
  }

  @Test
  void takesNoYearInsideAName() {
    assertThat(GRAMMAR.scan(tokens("the Russell 2000 Index fell", "DT NNP CD NNP VBD"))).noneMatch(Grammar.Match::isTime);
    assertThat(GRAMMAR.scan(tokens("the Russell 2000 index fell", "DT NNP CD NN VBD"))).noneMatch(Grammar.Match::isTime);
    assertThat(GRAMMAR.scan(tokens("Operation Peace Spring began", "NN NNP NNP VBD"))).noneMatch(Grammar.Match::isTime);
    assertThat(GRAMMAR.scan(tokens("in May 2008 Apple said", "IN NNP CD NNP VBD"))).anySatisfy(x -> {
      assertThat(x.isTime()).isTrue();
      assertThat(x.bindings()).containsEntry("year", "2008");
    });
  }

  @Test
  void readsABarePluralUnitButNotAfterANounOrANumber() {
    // a negated condition on the token before (^!@NN) holds where that token is no noun, or where there is none
    assertThat(GRAMMAR.scan(tokens("Weeks later", "NNS RB"))).singleElement()
        .satisfies(x -> assertThat(x.rule().type()).isEqualTo("DURATION"));
    assertThat(GRAMMAR.scan(tokens("took decades to settle", "VBD NNS TO VB"))).singleElement()
        .satisfies(x -> assertThat(x.start()).isEqualTo(1));
    assertThat(GRAMMAR.scan(tokens("longer opening hours", "JJR NN NNS"))).isEmpty();
    assertThat(GRAMMAR.scan(tokens("5 million years old", "CD CD NNS JJ"))).isEmpty();
    assertThat(GRAMMAR.scan(tokens("520 light years away", "CD JJ NNS RB"))).noneMatch(Grammar.Match::isTime);
  }

  /** Tokens of space-separated words with the given parts of speech. */
  static List<Token> tokens(String words, String tags) {
    String[] w = words.split(" ");
    String[] p = tags.split(" ");
    assertThat(p).hasSameSizeAs(w);
    List<Token> out = new java.util.ArrayList<>();
    int offset = 0;
    for (int i = 0; i < w.length; i++) {
      out.add(new Token(i, offset, offset + w[i].length(), w[i], p[i], w[i].toLowerCase(), "O", null));
      offset += w[i].length() + 1;
    }
    return out;
  }
}
