-- T8 work logs and C9 invoices.
CREATE SEQUENCE invoice_number_seq;

CREATE TABLE invoice (
    id              BIGSERIAL PRIMARY KEY,
    invoice_number  VARCHAR(20) NOT NULL UNIQUE,
    order_id        BIGINT NOT NULL REFERENCES service_order(id),
    order_number    VARCHAR(20) NOT NULL,
    account_id      BIGINT NOT NULL REFERENCES customer_account(id),
    status          VARCHAR(20) NOT NULL,
    issued_on       DATE NOT NULL,
    due_on          DATE NOT NULL,
    currency        CHAR(3) NOT NULL,
    tax_rate        NUMERIC(5,2) NOT NULL,
    subtotal        NUMERIC(12,2) NOT NULL,
    tax             NUMERIC(12,2) NOT NULL,
    total           NUMERIC(12,2) NOT NULL,
    paid_on         DATE,
    void_reason     VARCHAR(500),
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
-- The invoice list: an account's invoices newest first, by status (Overdue: status and due date).
CREATE INDEX invoice_account_issued_idx ON invoice(account_id, issued_on DESC, id DESC);
CREATE INDEX invoice_account_status_idx ON invoice(account_id, status, due_on);
CREATE INDEX invoice_order_idx ON invoice(order_id);
CREATE INDEX invoice_number_trgm_idx ON invoice USING gin (lower(invoice_number) gin_trgm_ops, lower(order_number) gin_trgm_ops);

CREATE TABLE invoice_line (
    invoice_id   BIGINT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    position     INT NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    description  VARCHAR(1200) NOT NULL,
    quantity     NUMERIC(10,2) NOT NULL,
    unit_price   NUMERIC(12,2) NOT NULL,
    amount       NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

CREATE TABLE invoice_note (
    id           BIGSERIAL PRIMARY KEY,
    invoice_id   BIGINT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    author_id    BIGINT REFERENCES app_user(id),
    author_name  VARCHAR(200) NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX invoice_note_invoice_idx ON invoice_note(invoice_id, created_at);

CREATE TABLE labour_entry (
    id               BIGSERIAL PRIMARY KEY,
    order_id         BIGINT NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    technician_id    BIGINT REFERENCES app_user(id),
    technician_name  VARCHAR(200) NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    ended_at         TIMESTAMPTZ NOT NULL,
    billable_hours   NUMERIC(8,2) NOT NULL CHECK (billable_hours >= 0),
    hourly_rate      NUMERIC(10,2) NOT NULL CHECK (hourly_rate >= 0),
    description      VARCHAR(1000) NOT NULL,
    invoice_id       BIGINT REFERENCES invoice(id),
    created_at       TIMESTAMPTZ NOT NULL,
    CHECK (ended_at > started_at)
);
CREATE INDEX labour_entry_order_idx ON labour_entry(order_id, started_at);

CREATE TABLE part_entry (
    id              BIGSERIAL PRIMARY KEY,
    order_id        BIGINT NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    description     VARCHAR(500) NOT NULL,
    part_number     VARCHAR(100),
    cost_code       VARCHAR(50) NOT NULL,
    quantity        NUMERIC(10,2) NOT NULL CHECK (quantity > 0),
    unit_price      NUMERIC(12,2) NOT NULL CHECK (unit_price >= 0),
    logged_by_name  VARCHAR(200) NOT NULL,
    installed_at    TIMESTAMPTZ NOT NULL,
    invoice_id      BIGINT REFERENCES invoice(id)
);
CREATE INDEX part_entry_order_idx ON part_entry(order_id, installed_at);
