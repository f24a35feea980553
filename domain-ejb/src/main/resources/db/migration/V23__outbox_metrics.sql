-- O2: the metrics count waiting and given-up outbox messages per channel at every scrape.
CREATE INDEX outbox_message_pending_channel_idx ON outbox_message(channel) WHERE status = 'PENDING';
CREATE INDEX outbox_message_failed_channel_idx ON outbox_message(channel) WHERE status = 'FAILED';
