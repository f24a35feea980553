/**
 * Users, their credentials and roles, sign-in with throttling and an audit of every attempt, and
 * password resets by single-use links.
 */
package org.servicetracker.identity;
