-- C7/C8: recommendations and quotes, answered line by line.
CREATE SEQUENCE proposal_number_seq;

CREATE TABLE proposal (
    id              BIGSERIAL PRIMARY KEY,
    proposal_number VARCHAR(20) NOT NULL UNIQUE,
    order_id        BIGINT NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    order_number    VARCHAR(20) NOT NULL,
    account_id      BIGINT NOT NULL REFERENCES customer_account(id),
    kind            VARCHAR(20) NOT NULL,
    title           VARCHAR(300) NOT NULL,
    description     VARCHAR(5000),
    currency        CHAR(3) NOT NULL,
    valid_until     DATE,
    author_id       BIGINT REFERENCES app_user(id),
    author_name     VARCHAR(200) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    open_lines      INT NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX proposal_order_idx ON proposal(order_id, created_at);
-- "Awaiting your response": an account's proposals with undecided lines, newest first.
CREATE INDEX proposal_account_open_idx ON proposal(account_id, created_at DESC) WHERE open_lines > 0;
CREATE INDEX proposal_account_idx ON proposal(account_id, created_at DESC, id DESC);

CREATE TABLE proposal_line (
    id           BIGSERIAL PRIMARY KEY,
    proposal_id  BIGINT NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    position     INT NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    quantity     NUMERIC(10,2) NOT NULL,
    unit_price   NUMERIC(12,2) NOT NULL,
    decision     VARCHAR(20) NOT NULL,
    decided_by   VARCHAR(200),
    decided_at   TIMESTAMPTZ,
    po_number    VARCHAR(100),
    comment      VARCHAR(2000),
    UNIQUE (proposal_id, position)
);
