-- Foundation schema: accounts, identity, assets, service orders with their timeline, the outbox, API clients.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE customer_account (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE site (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES customer_account(id),
    name         VARCHAR(200) NOT NULL,
    street       VARCHAR(200) NOT NULL,
    city         VARCHAR(100) NOT NULL,
    postal_code  VARCHAR(20) NOT NULL,
    country      VARCHAR(2) NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX site_account_idx ON site(account_id);

CREATE TABLE contact (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES customer_account(id),
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(320),
    phone       VARCHAR(40),
    version     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX contact_account_idx ON contact(account_id);

CREATE TABLE app_user (
    id             BIGSERIAL PRIMARY KEY,
    email          VARCHAR(320) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    phone          VARCHAR(40),
    password_hash  VARCHAR(255) NOT NULL,
    account_id     BIGINT REFERENCES customer_account(id),
    active         BOOLEAN NOT NULL DEFAULT TRUE,
    demo           BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    version        BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_email_idx ON app_user(lower(email));
CREATE INDEX app_user_account_idx ON app_user(account_id);

CREATE TABLE user_role (
    user_id  BIGINT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    role     VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE login_audit (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL,
    email        VARCHAR(320) NOT NULL,
    user_id      BIGINT REFERENCES app_user(id),
    outcome      VARCHAR(30) NOT NULL,
    address      VARCHAR(64) NOT NULL,
    user_agent   VARCHAR(512),
    application  VARCHAR(20) NOT NULL
);
-- Throttling counts recent failures per attempted e-mail and per client address.
CREATE INDEX login_audit_email_time_idx ON login_audit(lower(email), occurred_at DESC);
CREATE INDEX login_audit_address_time_idx ON login_audit(address, occurred_at DESC);
CREATE INDEX login_audit_user_time_idx ON login_audit(user_id, occurred_at DESC);

CREATE TABLE password_reset_token (
    id           BIGSERIAL PRIMARY KEY,
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    user_id      BIGINT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);

CREATE TABLE asset (
    id            BIGSERIAL PRIMARY KEY,
    account_id    BIGINT NOT NULL REFERENCES customer_account(id),
    site_id       BIGINT REFERENCES site(id),
    name          VARCHAR(200) NOT NULL,
    manufacturer  VARCHAR(200),
    model         VARCHAR(200),
    serial_number VARCHAR(100),
    asset_tag     VARCHAR(100),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX asset_account_idx ON asset(account_id, name);
CREATE INDEX asset_site_idx ON asset(site_id);

CREATE SEQUENCE service_order_number_seq START 1;

CREATE TABLE service_order (
    id                    BIGSERIAL PRIMARY KEY,
    order_number          VARCHAR(20) NOT NULL UNIQUE,
    account_id            BIGINT NOT NULL REFERENCES customer_account(id),
    site_id               BIGINT REFERENCES site(id),
    contact_id            BIGINT REFERENCES contact(id),
    asset_id              BIGINT REFERENCES asset(id),
    kind                  VARCHAR(20) NOT NULL,
    priority              VARCHAR(10) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    summary               VARCHAR(500) NOT NULL,
    detail                TEXT,
    scheduled_start       TIMESTAMPTZ,
    scheduled_end         TIMESTAMPTZ,
    estimated_completion  DATE,
    parts_supplier        VARCHAR(200),
    parts_eta             DATE,
    rma_reference         VARCHAR(100),
    cancel_reason         VARCHAR(1000),
    created_by            BIGINT REFERENCES app_user(id),
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    version               BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT service_order_window_chk CHECK (scheduled_end IS NULL OR scheduled_start IS NULL OR scheduled_end >= scheduled_start)
);
-- A customer's lists sort by creation or last update inside one account.
CREATE INDEX service_order_account_created_idx ON service_order(account_id, created_at DESC, id DESC);
CREATE INDEX service_order_account_updated_idx ON service_order(account_id, updated_at DESC, id DESC);
CREATE INDEX service_order_status_idx ON service_order(status, created_at DESC);
CREATE INDEX service_order_asset_idx ON service_order(asset_id);

CREATE TABLE service_order_assignee (
    order_id  BIGINT NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES app_user(id),
    PRIMARY KEY (order_id, user_id)
);
CREATE INDEX service_order_assignee_user_idx ON service_order_assignee(user_id, order_id);

CREATE TABLE timeline_entry (
    id           BIGSERIAL PRIMARY KEY,
    order_id     BIGINT NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    kind         VARCHAR(30) NOT NULL,
    visibility   VARCHAR(10) NOT NULL,
    author_id    BIGINT REFERENCES app_user(id),
    author_name  VARCHAR(200) NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    body         TEXT,
    from_value   VARCHAR(200),
    to_value     VARCHAR(200)
);
CREATE INDEX timeline_entry_order_idx ON timeline_entry(order_id, occurred_at, id);

CREATE TABLE outbox_message (
    id               BIGSERIAL PRIMARY KEY,
    channel          VARCHAR(20) NOT NULL,
    recipient        VARCHAR(320) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body             TEXT NOT NULL,
    status           VARCHAR(10) NOT NULL,
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ
);
-- The worker only ever looks at pending rows that are due.
CREATE INDEX outbox_message_due_idx ON outbox_message(next_attempt_at, id) WHERE status = 'PENDING';

CREATE TABLE api_client (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    key_hash    VARCHAR(64) NOT NULL UNIQUE,
    key_prefix  VARCHAR(12) NOT NULL,
    account_id  BIGINT REFERENCES customer_account(id),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    demo        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ,
    version     BIGINT NOT NULL DEFAULT 0
);
