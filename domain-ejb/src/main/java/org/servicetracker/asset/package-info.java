/** The customer's equipment register: what gets repaired or serviced. */
package org.servicetracker.asset;
