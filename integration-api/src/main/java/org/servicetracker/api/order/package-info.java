/** Orders through the API: list and read, scoped to the API client. */
package org.servicetracker.api.order;
