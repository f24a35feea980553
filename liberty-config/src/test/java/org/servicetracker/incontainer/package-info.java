/**
 * Arquillian tests that run inside Liberty against PostgreSQL: the domain services with their
 * transactions, locks and sequences, deployed next to the application and sharing its database.
 */
package org.servicetracker.incontainer;
