/** Recommendations and quotes, and the customer's answers (I1). */
package org.servicetracker.api.quote;
