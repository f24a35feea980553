/** Labour and parts logged on orders (I1). */
package org.servicetracker.api.worklog;
