package org.servicetracker.integration;

/** An API answer kept for replay: status, the Location and ETag headers, and the JSON body. */
public record IdempotentAnswer(int status, String location, String etag, String body) {}
