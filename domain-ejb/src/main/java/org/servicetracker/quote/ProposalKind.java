package org.servicetracker.quote;

/** A technician's recommendation (e.g. extra parts) or a priced quote. */
public enum ProposalKind {
  RECOMMENDATION,
  QUOTE
}
