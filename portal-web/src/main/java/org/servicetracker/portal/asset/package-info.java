/** The customer's asset register (C10): list, detail with service history, registration, export. */
package org.servicetracker.portal.asset;
