-- T3: the organisation's stock of parts, and the parts an order's visit needs, checked against it.
CREATE TABLE stock_item (
    id           BIGSERIAL PRIMARY KEY,
    part_number  VARCHAR(100) NOT NULL,
    description  VARCHAR(500) NOT NULL,
    on_hand      NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    updated_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX stock_item_part_number_idx ON stock_item(lower(part_number));
-- The stock list is searched by part number or description, and paged by part number.
CREATE INDEX stock_item_search_idx ON stock_item USING gin ((lower(part_number || ' ' || description)) gin_trgm_ops);

CREATE TABLE visit_part (
    id             BIGSERIAL PRIMARY KEY,
    order_id       BIGINT NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    part_number    VARCHAR(100) NOT NULL,
    description    VARCHAR(500) NOT NULL,
    quantity       NUMERIC(12,2) NOT NULL CHECK (quantity > 0),
    added_by_name  VARCHAR(200) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX visit_part_order_idx ON visit_part(order_id, id);
-- What other upcoming visits need of the same part is looked up by part number.
CREATE INDEX visit_part_part_idx ON visit_part(lower(part_number));
