package org.servicetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CappedPagesTest {

  /** A list of {@code length} matches with ids 1, 2, …; remembers how it was read. */
  private static final class Matches {
    final List<Long> ids;
    final List<String> reads = new ArrayList<>();

    Matches(long length) {
      ids = LongStream.rangeClosed(1, length).boxed().toList();
    }

    Page<String> page(int page, int size, int countLimit) {
      return CappedPages.read(
          new PageRequest(page, size),
          countLimit,
          n -> {
            reads.add("first " + n);
            return ids.subList(0, Math.min(n, ids.size()));
          },
          some -> {
            reads.add("by id " + some.size());
            return some.stream().map(id -> "#" + id).toList();
          },
          (offset, count) -> {
            reads.add("at " + offset);
            return ids
                .subList(Math.min(offset, ids.size()), Math.min(offset + count, ids.size()))
                .stream()
                .map(id -> "#" + id)
                .toList();
          });
    }
  }

  @Test
  void aShortListIsCountedExactlyFromOneReadOfItsIds() {
    Matches matches = new Matches(7);
    Page<String> page = matches.page(0, 5, 1000);
    assertThat(page.items()).containsExactly("#1", "#2", "#3", "#4", "#5");
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.capped()).isFalse();
    assertThat(page.hasNext()).isTrue();
    assertThat(matches.reads).containsExactly("first 1001", "by id 5");
  }

  @Test
  void aLongListCountsToTheLimitAndSaysThereAreMore() {
    Matches matches = new Matches(2500);
    Page<String> first = matches.page(0, 40, 1000);
    assertThat(first.items()).hasSize(40).startsWith("#1").endsWith("#40");
    assertThat(first.total()).isEqualTo(1000);
    assertThat(first.capped()).isTrue();
    assertThat(first.totalText()).isEqualTo("1000+");

    Page<String> lastCounted = matches.page(24, 40, 1000);
    assertThat(lastCounted.items()).startsWith("#961").endsWith("#1000");
    assertThat(lastCounted.hasNext()).isTrue();
  }

  @Test
  void pastTheLimitPagesAreReadAtTheirOffsetAndTheLastKnowsTheTotal() {
    Matches matches = new Matches(2510);
    Page<String> beyond = matches.page(25, 40, 1000);
    assertThat(beyond.items()).startsWith("#1001").endsWith("#1040");
    assertThat(beyond.total()).isEqualTo(1000);
    assertThat(beyond.capped()).isTrue();
    assertThat(beyond.hasNext()).isTrue();
    assertThat(matches.reads).containsExactly("at 1000");

    Page<String> last = matches.page(62, 40, 1000);
    assertThat(last.items()).hasSize(30).endsWith("#2510");
    assertThat(last.total()).isEqualTo(2510);
    assertThat(last.capped()).isFalse();
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void exactlyTheLimitIsAnExactTotal() {
    Page<String> page = new Matches(1000).page(0, 40, 1000);
    assertThat(page.total()).isEqualTo(1000);
    assertThat(page.capped()).isFalse();
  }

  @Test
  void aPagePastTheEndReadsNoItems() {
    Matches matches = new Matches(7);
    Page<String> page = matches.page(3, 5, 1000);
    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(7);
    assertThat(matches.reads).containsExactly("first 1001");
  }

  @Test
  void withoutATotalOnlyThePageIsRead() {
    Matches matches = new Matches(2500);
    Page<String> page = matches.page(1, 10, CappedPages.NO_TOTAL);
    assertThat(page.items()).startsWith("#11").endsWith("#20");
    assertThat(page.total()).isNull();
    assertThat(matches.reads).containsExactly("at 10");
  }
}
