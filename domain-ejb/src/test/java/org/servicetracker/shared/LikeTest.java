package org.servicetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

  @Test
  void userWildcardsAreTakenLiterally() {
    assertThat(Like.contains(" 50%_Off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
  }
}
