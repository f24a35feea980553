package org.servicetracker.order;

/** What a timeline entry records. */
public enum TimelineKind {
  CREATED,
  NOTE,
  STATUS_CHANGE,
  PRIORITY_CHANGE,
  ASSIGNMENT_CHANGE,
  VISIT_SCHEDULED,
  ACCOUNT_CHANGED,
  COMPLETION_ESTIMATED,
  ATTACHMENTS_ADDED,
  INVOICE_ISSUED,
  PROPOSAL_POSTED,
  PROPOSAL_ANSWERED;

  /** What other features record on an order's timeline (always public). */
  public boolean isEvent() {
    return this == ATTACHMENTS_ADDED
        || this == INVOICE_ISSUED
        || this == PROPOSAL_POSTED
        || this == PROPOSAL_ANSWERED;
  }
}
