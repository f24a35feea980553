package org.servicetracker.tech.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.servicetracker.order.Attention;
import org.servicetracker.order.OrderFilter;
import org.servicetracker.order.OrderService;
import org.servicetracker.order.OrderSummary;
import org.servicetracker.quote.ProposalService;
import org.servicetracker.quote.ProposalView;
import org.servicetracker.shared.Page;
import org.servicetracker.tech.identity.CurrentUser;

/**
 * index.xhtml, the dashboard (T1): what needs attention now (urgent orders, customers' answers,
 * passed completion estimates), open orders assigned to me, and open orders nobody has claimed yet.
 */
@Named
@RequestScoped
public class DashboardBacking {
  static final int PAGE_SIZE = 20;

  @Inject OrderService orders;
  @Inject CurrentUser currentUser;
  @Inject ProposalService proposals;

  private Page<OrderSummary> mine;
  private Page<OrderSummary> unassigned;
  private Attention attention;
  private List<ProposalView> answers;

  /** Urgent orders and passed completion estimates (T1). */
  public Attention getAttention() {
    if (attention == null) {
      attention = orders.attention(currentUser.actor(), PAGE_SIZE);
    }
    return attention;
  }

  /** Customers' answers to recommendations and quotes of the last week, to act on. */
  public List<ProposalView> getAnswers() {
    if (answers == null) {
      answers = proposals.recentlyAnswered(currentUser.actor(), 7, PAGE_SIZE);
    }
    return answers;
  }

  public Page<OrderSummary> getMine() {
    if (mine == null) {
      mine =
          orders.glance(
              currentUser.actor(), OrderFilter.assignedTo(currentUser.get().id()), PAGE_SIZE);
    }
    return mine;
  }

  public Page<OrderSummary> getUnassigned() {
    if (unassigned == null) {
      unassigned = orders.glance(currentUser.actor(), OrderFilter.unassignedOpen(), PAGE_SIZE);
    }
    return unassigned;
  }
}
