package org.servicetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberPartTest {

  @Test
  void aPartWithThePrefixsLettersOrDashStartsTheNumber() {
    assertThat(NumberPart.likePattern("SR-", "SR-000145")).hasValue("sr-000145%");
    assertThat(NumberPart.likePattern("SR-", " sr-0001 ")).hasValue("sr-0001%");
    assertThat(NumberPart.likePattern("SR-", "-0001")).hasValue("sr-0001%");
    assertThat(NumberPart.likePattern("SR-", "r-12")).hasValue("sr-12%");
    assertThat(NumberPart.likePattern("INV-", "nv-12")).hasValue("inv-12%");
  }

  @Test
  void thePrefixAloneOrItsBeginningMatchesEveryNumber() {
    for (String text : new String[] {"s", "Sr", "sr-", "r-"}) {
      assertThat(NumberPart.likePattern("SR-", text)).as(text).hasValue("sr-%");
    }
    assertThat(NumberPart.likePattern("INV-", "inv")).hasValue("inv-%");
  }

  @Test
  void digitsAloneMayBeAnywhere() {
    assertThat(NumberPart.likePattern("SR-", "145")).hasValue("%145%");
    assertThat(NumberPart.likePattern("INV-", " 2001234 ")).hasValue("%2001234%");
  }

  @Test
  void otherTextsAreNoPartOfANumber() {
    for (String text :
        new String[] {"sn-1-0184", "chiller", "sr-12a", "", "%", "-", "r", "inv-12"}) {
      assertThat(NumberPart.likePattern("SR-", text)).as(text).isEmpty();
    }
    assertThat(NumberPart.likePattern("SR-", null)).isEmpty();
    assertThat(NumberPart.likePattern("INV-", "sr-12")).isEmpty();
  }
}
