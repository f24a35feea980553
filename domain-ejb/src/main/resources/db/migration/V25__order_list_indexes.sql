-- Staff lists and organisation-wide API searches read orders newest first across all accounts: without these
-- they sort every order (or every open one) before they can return a page (found by bench/run, issue 6).
CREATE INDEX service_order_created_idx ON service_order (created_at DESC, id DESC);
CREATE INDEX service_order_updated_idx ON service_order (updated_at DESC, id DESC);
CREATE INDEX service_order_open_created_idx ON service_order (created_at DESC, id DESC)
    WHERE status NOT IN ('COMPLETED', 'CANCELLED');
