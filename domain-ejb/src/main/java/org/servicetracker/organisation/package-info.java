/** The service organisation's own settings (A4), such as whether SMS alerts are offered. */
package org.servicetracker.organisation;
