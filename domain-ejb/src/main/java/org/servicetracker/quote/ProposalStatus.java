package org.servicetracker.quote;

import java.util.Collection;

/** A proposal's state as people see it, from its lines (and a quote's validity). */
public enum ProposalStatus {
  PENDING,
  CLARIFICATION_REQUESTED,
  APPROVED,
  PARTLY_APPROVED,
  DECLINED,
  EXPIRED;

  static ProposalStatus of(Collection<Decision> decisions, boolean expired) {
    if (decisions.contains(Decision.CLARIFY)) {
      return CLARIFICATION_REQUESTED;
    }
    if (decisions.contains(Decision.PENDING)) {
      return expired ? EXPIRED : PENDING;
    }
    boolean anyApproved = decisions.contains(Decision.APPROVED);
    boolean anyDeclined = decisions.contains(Decision.DECLINED);
    return anyApproved && anyDeclined ? PARTLY_APPROVED : anyApproved ? APPROVED : DECLINED;
  }
}
