/** T9 in the technician app: uploads and downloads of files on orders. */
package org.servicetracker.tech.attachment;
