-- I6: API clients subscribe to events; each event becomes a delivery per matching subscription, sent through the
-- outbox (channel WEBHOOK) and logged attempt by attempt.
CREATE TABLE webhook_subscription (
    id          BIGSERIAL PRIMARY KEY,
    client_id   BIGINT NOT NULL REFERENCES api_client(id) ON DELETE CASCADE,
    url         VARCHAR(2000) NOT NULL,
    events      VARCHAR(500) NOT NULL,
    secret      VARCHAR(100) NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_subscription_client_idx ON webhook_subscription(client_id);
CREATE INDEX webhook_subscription_active_idx ON webhook_subscription(id) WHERE active;

CREATE TABLE webhook_delivery (
    id               BIGSERIAL PRIMARY KEY,
    subscription_id  BIGINT NOT NULL REFERENCES webhook_subscription(id) ON DELETE CASCADE,
    event_id         VARCHAR(40) NOT NULL,
    event_type       VARCHAR(50) NOT NULL,
    payload          TEXT NOT NULL,
    status           VARCHAR(10) NOT NULL,
    attempts         INT NOT NULL DEFAULT 0,
    last_status_code INT,
    last_duration_ms INT,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMPTZ NOT NULL,
    delivered_at     TIMESTAMPTZ
);
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery(subscription_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempt (
    id           BIGSERIAL PRIMARY KEY,
    delivery_id  BIGINT NOT NULL REFERENCES webhook_delivery(id) ON DELETE CASCADE,
    attempted_at TIMESTAMPTZ NOT NULL,
    status_code  INT,
    duration_ms  INT NOT NULL,
    error        VARCHAR(1000)
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt(delivery_id, attempted_at);
