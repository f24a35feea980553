package org.servicetracker.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business failure with a message fit to show to the user. Each module maps the subclasses once:
 * to a faces message in the web modules, to a problem document in the API. The transaction is
 * rolled back, by {@link RollbackOnDomainFailure}: a read without a transaction has nothing to roll
 * back.
 */
@ApplicationException(rollback = false, inherited = true)
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DomainException(String message) {
    super(message);
  }
}
