package org.servicetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

  @Test
  void userWildcardsAreTakenLiterally() {
    assertThat(Like.contains(" 50%_Off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
  }

  @Test
  void theLongestWordOfATextWithSeparatorsIsTheSelectiveOne() {
    assertThat(Like.selectiveWord("SN-1-0184")).contains("0184");
    assertThat(Like.selectiveWord("Workshop north")).contains("workshop");
    assertThat(Like.selectiveWord("SR-2001234")).contains("2001234");
  }

  @Test
  void aSingleWordOrWordsTooShortNeedNoSelectiveWord() {
    assertThat(Like.selectiveWord("chiller")).isEmpty();
    assertThat(Like.selectiveWord(" chiller ")).isEmpty();
    assertThat(Like.selectiveWord("a-1")).isEmpty();
  }
}
