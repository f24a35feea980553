/** Customer accounts and what belongs to them directly: their sites (addresses) and contacts. */
package org.servicetracker.account;
