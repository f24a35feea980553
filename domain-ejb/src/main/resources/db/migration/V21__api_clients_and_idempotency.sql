-- I3: an API client reads only, or reads and writes.
ALTER TABLE api_client ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT FALSE;

-- I5: the first answer to a create or transition sent with an Idempotency-Key, replayed for the same key and
-- request; kept for a day. A row without a status is a request still being processed.
CREATE TABLE api_idempotency (
    client_id        BIGINT NOT NULL REFERENCES api_client(id) ON DELETE CASCADE,
    idempotency_key  VARCHAR(200) NOT NULL,
    request_hash     CHAR(64) NOT NULL,
    status           INT,
    location         VARCHAR(500),
    etag             VARCHAR(100),
    body             TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);
CREATE INDEX api_idempotency_created_idx ON api_idempotency(created_at);
