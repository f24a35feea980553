/** Attachment uploads and downloads over HTTP and the upload widget's settings and script. */
package org.servicetracker.web.attachment;
