/**
 * Attachments (X2): files on orders, streamed through encryption into a {@link
 * org.servicetracker.attachment.storage.BlobStore}, with their content type detected from the bytes
 * and a SHA-256; who may read and add them; staged uploads of the new-request form.
 */
package org.servicetracker.attachment;
