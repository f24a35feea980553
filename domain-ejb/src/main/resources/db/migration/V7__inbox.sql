-- X3/C2: the in-app notifications feed, one row per user and event, read or unread.
CREATE TABLE inbox_item (
    id            BIGSERIAL PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    title         VARCHAR(500) NOT NULL,
    order_number  VARCHAR(20),
    created_at    TIMESTAMPTZ NOT NULL,
    read_at       TIMESTAMPTZ
);
CREATE INDEX inbox_item_user_idx ON inbox_item(user_id, created_at DESC, id DESC);
CREATE INDEX inbox_item_unread_idx ON inbox_item(user_id) WHERE read_at IS NULL;
