/**
 * System tests against the started server: HTTP integration tests ({@code *IT}) and browser
 * journeys in headless Chromium ({@code *BrowserIT}). They sign in as the demo users and create any
 * other data they need themselves.
 */
package org.servicetracker.it;
