/** stock.xhtml: the parts in stock, looked up by staff and counted by the service desk (T3). */
package org.servicetracker.tech.stock;
