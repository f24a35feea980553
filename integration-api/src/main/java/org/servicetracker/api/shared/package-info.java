/**
 * What every API resource shares: the caller from its API key, problem documents, paging
 * parameters.
 */
package org.servicetracker.api.shared;
