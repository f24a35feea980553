/**
 * Uploading and downloading attachments (X2): the streaming servlet and the upload widget's data.
 */
package org.servicetracker.portal.attachment;
