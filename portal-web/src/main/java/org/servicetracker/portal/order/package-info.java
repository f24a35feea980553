/** The customer's orders: the overview of recent requests and an order's detail page. */
package org.servicetracker.portal.order;
