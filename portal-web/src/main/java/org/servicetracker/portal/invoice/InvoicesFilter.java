package org.servicetracker.portal.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicetracker.invoice.InvoiceQuery;
import org.servicetracker.shared.ValidationException;
import org.servicetracker.web.UrlParams;

/**
 * The invoice list's search as URL parameters: {@code q}, {@code status}, {@code from}, {@code to},
 * {@code page}.
 */
record InvoicesFilter(InvoiceQuery query, int page) {
  static final List<String> STATUSES = List.of("OUTSTANDING", "OVERDUE", "PAID", "VOIDED");

  static InvoicesFilter parse(Map<String, String[]> params) {
    String status = UrlParams.first(params, "status");
    if (status != null && !Set.copyOf(STATUSES).contains(status)) {
      throw new ValidationException("status", "'" + status + "' is not a known invoice status.");
    }
    return new InvoicesFilter(
        new InvoiceQuery(
            status,
            UrlParams.date(params, "from"),
            UrlParams.date(params, "to"),
            UrlParams.first(params, "q")),
        UrlParams.page(params));
  }

  String toQueryString(int otherPage) {
    List<String> parts = new ArrayList<>();
    UrlParams.add(parts, "q", query.text());
    UrlParams.add(parts, "status", query.status());
    UrlParams.add(parts, "from", query.issuedFrom());
    UrlParams.add(parts, "to", query.issuedTo());
    if (otherPage > 0) {
      UrlParams.add(parts, "page", otherPage);
    }
    return String.join("&", parts);
  }
}
