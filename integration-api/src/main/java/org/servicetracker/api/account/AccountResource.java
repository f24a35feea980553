package org.servicetracker.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicetracker.account.AccountService;
import org.servicetracker.account.SiteDirectory;
import org.servicetracker.api.shared.ApiCaller;
import org.servicetracker.shared.NotFoundException;

/**
 * Customer accounts and their sites (I1): every current account for organisation-scoped clients,
 * its own for an account-scoped one.
 */
@Path("/v1/accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {
  /** A customer account. */
  @Schema(name = "Account")
  public record AccountDto(long id, String name) {}

  /** A site of an account: name, street and city. */
  @Schema(name = "Site")
  public record SiteDto(long id, String label) {}

  @Inject AccountService accounts;
  @Inject SiteDirectory sites;
  @Inject ApiCaller caller;

  @GET
  @Operation(summary = "The customer accounts this client may work for")
  @APIResponse(
      responseCode = "200",
      description = "Accounts by name",
      content = @Content(schema = @Schema(implementation = AccountDto[].class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public List<AccountDto> list() {
    return accounts.accounts(caller.actor()).stream()
        .map(a -> new AccountDto(a.id(), a.name()))
        .toList();
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
