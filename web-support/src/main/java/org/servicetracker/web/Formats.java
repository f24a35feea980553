package org.servicetracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicetracker.shared.Money;

/** Formatting for pages: {@code #{formats.money(amount, currency)}}, {@code #{formats.date(d)}}. */
@Named
@ApplicationScoped
public class Formats {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public String money(BigDecimal amount, String currency) {
    return amount == null ? "" : Money.format(amount, currency);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** 2.00 → "2", 1.50 → "1.5". */
  public String quantity(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
