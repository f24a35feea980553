package org.servicetracker.api.worklog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.worklog.WorkLog;
import org.servicetracker.worklog.WorkLogService;

/** The labour and parts logged on an order, with their costs (I1). */
@Path("/v1/orders/{number}/work")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class WorkLogResource {
  /** An order's work log and its totals before tax (billable labour only). */
  @Schema(name = "WorkLog")
  public record WorkLogDto(
      List<LabourDto> labour,
      List<PartDto> parts,
      BigDecimal labourTotal,
      BigDecimal partsTotal,
      BigDecimal total) {}

  /** Time a technician worked on the order. */
  public record LabourDto(
      long id,
      String technician,
      Instant startedAt,
      Instant endedAt,
      BigDecimal billableHours,
      BigDecimal hourlyRate,
      BigDecimal amount,
      String description,
      boolean billable,
      boolean invoiced) {}

  /** A part installed on the order. */
  public record PartDto(
      long id,
      String description,
      String partNumber,
      String costCode,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount,
      Instant installedAt,
      boolean invoiced) {}

  @Inject WorkLogService workLogs;
  @Inject ApiCaller caller;

  @GET
  @Operation(summary = "An order's labour and parts")
  @APIResponse(
      responseCode = "200",
      description = "The work log",
      content = @Content(schema = @Schema(implementation = WorkLogDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public WorkLogDto get(@PathParam("number") String number) {
    WorkLog log = workLogs.workOf(caller.actor(), number);
    return new WorkLogDto(
        log.labour().stream()
            .map(
                l ->
                    new LabourDto(
                        l.id(),
                        l.technicianName(),
                        l.startedAt(),
                        l.endedAt(),
                        l.billableHours(),
                        l.hourlyRate(),
                        l.amount(),
                        l.description(),
                        l.billable(),
                        l.invoiced()))
            .toList(),
        log.parts().stream()
            .map(
                p ->
                    new PartDto(
                        p.id(),
                        p.description(),
                        p.partNumber(),
                        p.costCode(),
                        p.quantity(),
                        p.unitPrice(),
                        p.amount(),
                        p.installedAt(),
                        p.invoiced()))
            .toList(),
        log.labourTotal(),
        log.partsTotal(),
        log.total());
  }
}
