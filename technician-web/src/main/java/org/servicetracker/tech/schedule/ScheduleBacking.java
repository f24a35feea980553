package org.servicetracker.tech.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.StaffOption;
import org.servicetracker.schedule.Booking;
import org.servicetracker.schedule.ScheduleService;
import org.servicetracker.schedule.Visit;
import org.servicetracker.shared.DomainException;
import org.servicetracker.tech.identity.CurrentUser;
import org.servicetracker.web.Pages;

/**
 * schedule.xhtml?day=2026-11-24&view=week&tech=3: the visits of a day or a week (Monday first), of
 * everyone or one technician; booking or moving a visit warns about overlaps of its technicians.
 */
@Named
@ViewScoped
public class ScheduleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One day of the calendar and its visits. */
  public record Day(LocalDate date, List<Visit> visits) implements Serializable {}

  @Inject ScheduleService schedule;
  @Inject OrderService orders;
  @Inject CurrentUser currentUser;

  private LocalDate day;
  private String view = "week";
  private Long tech;
  private List<Day> days;
  private List<StaffOption> staff;

  private String number;
  private LocalDate visitDate;
  private LocalTime from = LocalTime.of(9, 0);
  private LocalTime to = LocalTime.of(11, 0);

  public void onLoad() {
    if (day == null) {
      day = LocalDate.now();
    }
    if (!"day".equals(view)) {
      view = "week";
    }
    LocalDate first = isWeek() ? day.with(DayOfWeek.MONDAY) : day;
    int count = isWeek() ? 7 : 1;
    List<Visit> visits;
    try {
      visits = schedule.visits(currentUser.actor(), first, count, tech);
    } catch (DomainException e) {
      Pages.error(e.getMessage());
      visits = List.of();
    }
    ZoneId zone = ZoneId.systemDefault();
    days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate date = first.plusDays(i);
      days.add(
          new Day(
              date,
              visits.stream()
                  .filter(v -> v.start().atZone(zone).toLocalDate().equals(date))
                  .toList()));
    }
    if (visitDate == null) {
      visitDate = day;
    }
  }

  public void book() throws IOException {
    try {
      ZoneId zone = ZoneId.systemDefault();
      if (visitDate == null || from == null || to == null) {
        throw new org.servicetracker.shared.ValidationException(
            "visitDate", "Give the day and the times of the visit.");
      }
      Booking booking =
          schedule.book(
              currentUser.actor(),
              number == null ? "" : number.strip().toUpperCase(),
              visitDate.atTime(from).atZone(zone).toInstant(),
              visitDate.atTime(to).atZone(zone).toInstant());
      String overlap =
          booking.overlapping().stream().map(Visit::orderNumber).collect(Collectors.joining(","));
      Pages.redirect(
          "/schedule.xhtml?"
              + query(visitDate, view, tech)
              + "&booked="
              + URLEncoder.encode(booking.orderNumber(), StandardCharsets.UTF_8)
              + (overlap.isEmpty()
                  ? ""
                  : "&overlap=" + URLEncoder.encode(overlap, StandardCharsets.UTF_8)));
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** The URL parameters of this calendar moved to another day or view. */
  public String query(LocalDate date, String otherView, Long technician) {
    return "day=" + date + "&view=" + otherView + (technician == null ? "" : "&tech=" + technician);
  }

  public LocalDate getPrevious() {
    return isWeek() ? day.minusWeeks(1) : day.minusDays(1);
  }

  public LocalDate getNext() {
    return isWeek() ? day.plusWeeks(1) : day.plusDays(1);
  }

  public boolean isWeek() {
    return "week".equals(view);
  }

  public List<StaffOption> getStaff() {
    if (staff == null) {
      staff = orders.assignableStaff(currentUser.actor());
    }
    return staff;
  }

  public List<Day> getDays() {
    return days;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public Long getTech() {
    return tech;
  }

  public void setTech(Long tech) {
    this.tech = tech;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public void setVisitDate(LocalDate visitDate) {
    this.visitDate = visitDate;
  }

  public LocalTime getFrom() {
    return from;
  }

  public void setFrom(LocalTime from) {
    this.from = from;
  }

  public LocalTime getTo() {
    return to;
  }

  public void setTo(LocalTime to) {
    this.to = to;
  }
}
