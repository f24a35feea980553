package org.servicetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void pagesAreCountedFromTheTotal() {
    Page<String> first = new Page<>(List.of("a", "b"), 0, 2, 5L);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.pageCount()).isEqualTo(3);
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.hasNext()).isTrue();

    Page<String> last = new Page<>(List.of("e"), 2, 2, 5L);
    assertThat(last.hasPrevious()).isTrue();
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void anEmptyListStillHasOnePage() {
    Page<String> empty = new Page<>(List.of(), 0, 25, 0L);
    assertThat(empty.pageCount()).isEqualTo(1);
    assertThat(empty.hasNext()).isFalse();
  }

  @Test
  void withoutATotalAFullPageSuggestsAnother() {
    assertThat(new Page<>(List.of("a", "b"), 0, 2, null).hasNext()).isTrue();
    assertThat(new Page<>(List.of("a"), 0, 2, null).hasNext()).isFalse();
  }

  @Test
  void aCappedTotalIsALowerBound() {
    Page<String> capped = new Page<>(List.of("a", "b"), 499, 2, 1000L, true);
    assertThat(capped.totalText()).isEqualTo("1000+");
    assertThat(capped.pageCountText()).isEqualTo("500+");
    assertThat(capped.hasNext()).isTrue();
    assertThat(new Page<>(List.of("a"), 0, 2, 1L).totalText()).isEqualTo("1");
  }

  @Test
  void pageRequestsAreBounded() {
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    assertThatThrownBy(() -> new PageRequest(-1, 20)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
        .isInstanceOf(ValidationException.class);
  }
}
