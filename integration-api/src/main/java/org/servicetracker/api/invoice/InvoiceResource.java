package org.servicetracker.api.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.Dates;
import org.servicetracker.api.shared.Links;
import org.servicetracker.api.shared.Paging;
import org.servicetracker.invoice.InvoiceQuery;
import org.servicetracker.invoice.InvoiceService;
import org.servicetracker.invoice.InvoiceSummary;
import org.servicetracker.shared.Page;
import org.servicetracker.shared.ValidationException;

/** Invoices: search, read with the breakdown, download the PDF (I1). */
@Path("/v1/invoices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {
  /** A page of invoices, newest first. */
  @Schema(name = "InvoicePage")
  public record InvoicePageDto(
      List<InvoiceDto> items,
      int page,
      int size,
      @Schema(description = "Matching invoices, counted up to 1,000") Long total,
      @Schema(description = "True when counting stopped at total: there are more")
          boolean totalCapped) {}

  @Inject InvoiceService invoices;
  @Inject ApiCaller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Search invoices by status, issue date and number")
  @APIResponse(
      responseCode = "200",
      description = "A page of invoices, with Link headers",
      content = @Content(schema = @Schema(implementation = InvoicePageDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Response search(
      @Parameter(
              description = "OUTSTANDING, OVERDUE, PAID or VOIDED",
              schema = @Schema(enumeration = {"OUTSTANDING", "OVERDUE", "PAID", "VOIDED"}))
          @QueryParam("status")
          String status,
      @Parameter(description = "Issued on or after (YYYY-MM-DD)") @QueryParam("issuedFrom")
          String issuedFrom,
      @Parameter(description = "Issued on or before (YYYY-MM-DD)") @QueryParam("issuedTo")
          String issuedTo,
      @Parameter(description = "Part of the invoice or order number") @QueryParam("q") String q,
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size")
          String size) {
    if (status != null && !List.of("OUTSTANDING", "OVERDUE", "PAID", "VOIDED").contains(status)) {
      throw new ValidationException(
          "status",
          "'" + status + "' is not a valid status; use OUTSTANDING, OVERDUE, PAID or VOIDED.");
    }
    Page<InvoiceSummary> found =
        invoices.list(
            caller.actor(),
            new InvoiceQuery(
                status,
                Dates.parse("issuedFrom", issuedFrom),
                Dates.parse("issuedTo", issuedTo),
                q),
            Paging.of(page, size));
    InvoicePageDto body =
        new InvoicePageDto(
            found.items().stream().map(InvoiceDto::of).toList(),
            found.page(),
            found.size(),
            found.total(),
            found.capped());
    return Links.paged(Response.ok(body), uri, found).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read an invoice with its lines and totals")
  @APIResponse(
      responseCode = "200",
      description = "The invoice",
      content = @Content(schema = @Schema(implementation = InvoiceDto.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public InvoiceDto get(@PathParam("id") long id) {
    return InvoiceDto.of(invoices.details(caller.actor(), id));
  }

  @GET
  @Path("/{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The invoice as a PDF document")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content = @Content(mediaType = "application/pdf"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response pdf(@PathParam("id") long id) {
    String number = invoices.details(caller.actor(), id).summary().number();
    StreamingOutput pdf = out -> invoices.writePdf(caller.actor(), id, out);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"")
        .build();
  }
}
