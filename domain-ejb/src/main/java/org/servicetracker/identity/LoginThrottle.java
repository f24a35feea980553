package org.servicetracker.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When sign-in attempts are refused for a while. An account (by the e-mail typed, so that the
 * refusal is the same whether the account exists or not) is locked after {@code maxAccountFailures}
 * failures inside the window, until the oldest of them leaves the window; a client address after
 * {@code maxAddressFailures}.
 */
public record LoginThrottle(Duration window, int maxAccountFailures, int maxAddressFailures) {

  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * @param accountFailures the most recent failures for the account inside the window, newest first
   *     (at most {@code maxAccountFailures} are needed)
   * @param addressFailures the most recent failures for the address inside the window, newest first
   *     (at most {@code maxAddressFailures} are needed)
   * @return the instant until which attempts are refused, if they are refused now
   */
  public Optional<Instant> lockedUntil(
      List<Instant> accountFailures, List<Instant> addressFailures, Instant now) {
    Optional<Instant> account = lockedUntil(accountFailures, maxAccountFailures, now);
    Optional<Instant> address = lockedUntil(addressFailures, maxAddressFailures, now);
    if (account.isPresent() && address.isPresent()) {
      return Optional.of(account.get().isAfter(address.get()) ? account.get() : address.get());
    }
    return account.isPresent() ? account : address;
  }

  private Optional<Instant> lockedUntil(List<Instant> newestFirst, int max, Instant now) {
    List<Instant> inWindow = newestFirst.stream().filter(t -> t.isAfter(windowStart(now))).toList();
    if (inWindow.size() < max) {
      return Optional.empty();
    }
    // The lock lifts when the max-th most recent failure ages out of the window.
    return Optional.of(inWindow.get(max - 1).plus(window));
  }
}
