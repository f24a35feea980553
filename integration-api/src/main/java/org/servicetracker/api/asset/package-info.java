/** Assets of the client's accounts (I1). */
package org.servicetracker.api.asset;
