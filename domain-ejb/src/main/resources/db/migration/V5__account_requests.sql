-- C12: organisation administrators ask the service organisation for accounts for their colleagues.
CREATE TABLE account_request (
    id            BIGSERIAL PRIMARY KEY,
    account_id    BIGINT NOT NULL REFERENCES customer_account(id),
    requested_by  BIGINT NOT NULL REFERENCES app_user(id),
    name          VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    note          VARCHAR(2000),
    status        VARCHAR(10) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    handled_at    TIMESTAMPTZ
);
CREATE INDEX account_request_account_idx ON account_request(account_id, created_at DESC);
CREATE INDEX account_request_open_idx ON account_request(created_at) WHERE status = 'OPEN';
