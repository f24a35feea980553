package org.servicetracker.api.account;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.account.AccountOption;
import org.servicetracker.account.AccountService;
import org.servicetracker.account.SiteDirectory;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.api.shared.Links;
import org.servicetracker.api.shared.Paging;
import org.servicetracker.shared.NotFoundException;
import org.servicetracker.shared.Page;

/**
 * Customer accounts and their sites (I1): every current account for organisation-scoped clients,
 * paged and searched by name, its own for an account-scoped one.
 */
@Path("/v1/accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {
  /** A customer account. */
  @Schema(name = "Account")
  public record AccountDto(long id, String name) {}

  /** A page of accounts by name. */
  @Schema(name = "AccountPage")
  public record AccountPageDto(
      List<AccountDto> items,
      int page,
      int size,
      @Schema(description = "Matching accounts, counted up to 1,000") Long total,
      @Schema(description = "True when counting stopped at total: there are more")
          boolean totalCapped) {
    static AccountPageDto of(Page<AccountOption> page) {
      Page<AccountDto> dtos = page.map(a -> new AccountDto(a.id(), a.name()));
      return new AccountPageDto(
          dtos.items(), dtos.page(), dtos.size(), dtos.total(), dtos.capped());
    }
  }

  /** A site of an account: name, street and city. */
  @Schema(name = "Site")
  public record SiteDto(long id, String label) {}

  @Inject AccountService accounts;
  @Inject SiteDirectory sites;
  @Inject ApiCaller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The customer accounts this client may work for, by name")
  @APIResponse(
      responseCode = "200",
      description = "A page of accounts, with Link headers",
      content = @Content(schema = @Schema(implementation = AccountPageDto.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public Response list(
      @Parameter(description = "Part of the name") @QueryParam("q") String q,
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size")
          String size) {
    Page<AccountOption> found = accounts.accounts(caller.actor(), q, Paging.of(page, size));
    return Links.paged(Response.ok(AccountPageDto.of(found)), uri, found).build();
  }

  @GET
  @Path("/{id}/sites")
  @Operation(summary = "The current sites of an account")
  @APIResponse(
      responseCode = "200",
      description = "Sites by name",
      content = @Content(schema = @Schema(implementation = SiteDto[].class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<SiteDto> sites(@PathParam("id") long id) {
    if (accounts.current(caller.actor(), id).isEmpty()) {
      throw new NotFoundException("Account " + id + " was not found.");
    }
    return sites.sitesOf(caller.actor(), id).stream()
        .map(s -> new SiteDto(s.id(), s.label()))
        .toList();
  }
}
