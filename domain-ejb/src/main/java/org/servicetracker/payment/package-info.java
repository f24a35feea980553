/**
 * C9/A4: customers pay invoices online through a payment provider's hosted checkout, where the
 * organisation turns it on; the provider confirms each payment with a signed callback.
 */
package org.servicetracker.payment;
