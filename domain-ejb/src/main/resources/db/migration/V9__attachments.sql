-- X2: files on orders. A row without an order is a staged upload (a file chosen on the new-request
-- form before the order exists); it belongs to the user who staged it until it is attached or expires.
CREATE TABLE attachment (
    id             BIGSERIAL PRIMARY KEY,
    order_id       BIGINT REFERENCES service_order(id) ON DELETE CASCADE,
    staged_by      BIGINT REFERENCES app_user(id) ON DELETE CASCADE,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(255) NOT NULL,
    size_bytes     BIGINT NOT NULL CHECK (size_bytes >= 0),
    sha256         CHAR(64) NOT NULL,
    storage_key    VARCHAR(64) NOT NULL UNIQUE,
    uploaded_by    BIGINT REFERENCES app_user(id),
    uploader_name  VARCHAR(200) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK (order_id IS NOT NULL OR staged_by IS NOT NULL)
);
CREATE INDEX attachment_order_idx ON attachment(order_id, created_at, id) WHERE order_id IS NOT NULL;
CREATE INDEX attachment_staged_idx ON attachment(staged_by, created_at) WHERE order_id IS NULL;
