package org.servicetracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.servicetracker.attachment.FileSizes;
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

  private static final DateTimeFormatter VISIT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter VISIT_TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  /** "Mon 24 Nov 2026 09:00 – 11:00". */
  public String visit(Instant start, Instant end) {
    return start == null ? "" : VISIT_DAY.format(start) + " – " + VISIT_TIME.format(end);
  }

  /** A visit window as the timeline stores it ("start/end"), formatted as {@link #visit}. */
  public String visitWindow(String window) {
    String[] ends = window.split("/");
    return visit(Instant.parse(ends[0]), Instant.parse(ends[1]));
  }

  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  /** "Monday 24 Nov". */
  public String weekday(LocalDate date) {
    return date == null ? "" : WEEKDAY.format(date);
  }

  /** "09:30" in the server's time zone. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** 3.4 KB, 12 MB … */
  public String fileSize(long bytes) {
    return FileSizes.format(bytes);
  }

  /** A file name as the last part of a download link, so "save link as" keeps it. */
  public String urlName(String fileName) {
    return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** 2.00 → "2", 1.50 → "1.5". */
  public String quantity(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
