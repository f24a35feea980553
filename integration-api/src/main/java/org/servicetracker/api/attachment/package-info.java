/** Files of orders, streamed both ways (I1). */
package org.servicetracker.api.attachment;
