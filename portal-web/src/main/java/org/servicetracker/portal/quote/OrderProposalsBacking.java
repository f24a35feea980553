package org.servicetracker.portal.quote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicetracker.portal.identity.CurrentUser;
import org.servicetracker.portal.order.OrderBacking;
import org.servicetracker.quote.Decision;
import org.servicetracker.quote.ProposalService;
import org.servicetracker.quote.ProposalView;
import org.servicetracker.shared.DomainException;
import org.servicetracker.web.Pages;

/**
 * The order page's recommendations and quotes (Summary tab): a decision per open line, a PO number
 * and a comment per proposal, sent together.
 */
@Named
@ViewScoped
public class OrderProposalsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProposalService proposals;
  @Inject CurrentUser currentUser;
  @Inject OrderBacking order;

  private List<ProposalView> list;
  private final Map<Long, String> decisions = new HashMap<>();
  private final Map<Long, String> poNumbers = new HashMap<>();
  private final Map<Long, String> comments = new HashMap<>();

  public List<ProposalView> getList() {
    if (list == null) {
      list = proposals.ofOrder(currentUser.actor(), order.getOrder().number());
    }
    return list;
  }

  public boolean isAwaitingResponse() {
    return getList().stream().anyMatch(ProposalView::isAwaitingResponse);
  }

  public void respond(ProposalView proposal) throws IOException {
    Map<Long, Decision> chosen = new HashMap<>();
    for (ProposalView.Line line : proposal.lines()) {
      String value = decisions.get(line.id());
      if (value != null && !value.isBlank()) {
        chosen.put(line.id(), Decision.valueOf(value));
      }
    }
    try {
      proposals.respond(
          currentUser.actor(),
          proposal.id(),
          chosen,
          poNumbers.get(proposal.id()),
          comments.get(proposal.id()),
          proposal.version());
      Pages.redirect(
          "/order.xhtml?number="
              + URLEncoder.encode(proposal.orderNumber(), StandardCharsets.UTF_8)
              + "&tab=summary&responded=true#proposals");
    } catch (DomainException e) {
      Pages.error(e.getMessage());
    }
  }

  /** The choices for an open line, in the order people read them. */
  public List<Decision> getChoices() {
    return List.of(Decision.APPROVED, Decision.DECLINED, Decision.CLARIFY);
  }

  public Map<Long, String> getDecisions() {
    return decisions;
  }

  public Map<Long, String> getPoNumbers() {
    return poNumbers;
  }

  public Map<Long, String> getComments() {
    return comments;
  }
}
