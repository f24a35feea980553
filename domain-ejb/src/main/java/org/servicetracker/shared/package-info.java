/**
 * What every feature shares: who is calling, the failure hierarchy, paging and start-up of the
 * database.
 */
package org.servicetracker.shared;
