package org.servicetracker.shared;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Rolls back the transaction a service method runs in when it fails with a {@link DomainException}.
 * Bound to every enterprise bean of the domain module (its {@code META-INF/ejb-jar.xml}).
 *
 * <p>Why not the exception's own {@code @ApplicationException(rollback = true)}: the container then
 * also marks a read that runs without a transaction (SUPPORTS, NOT_SUPPORTED), and Liberty reports
 * rolling back its local transaction containment as an error (WLTC0017E and an FFDC incident) — for
 * every order not found and every upload refused. Here only a transaction is rolled back.
 */
public class RollbackOnDomainFailure {
  @Resource private TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object invoke(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (DomainException e) {
      if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
        transactions.setRollbackOnly();
      }
      throw e;
    }
  }
}
