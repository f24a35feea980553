/** The API client a key belongs to, for integrators checking their key (I3). */
package org.servicetracker.api.client;
