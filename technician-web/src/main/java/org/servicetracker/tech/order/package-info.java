/** Staff work on orders: the dashboard of my and unassigned orders, and an order's detail page. */
package org.servicetracker.tech.order;
