/** Customer accounts and their sites (I1). */
package org.servicetracker.api.account;
