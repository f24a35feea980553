-- C4: the requests list searches by order number, asset (name, tag, serial) or site name as a case-insensitive
-- substring. Those words are kept together in one lower-case column with a trigram index, so that a search inside an
-- account with hundreds of thousands of orders reads the index instead of joining and scanning.
ALTER TABLE service_order ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

UPDATE service_order o SET search_text = lower(concat_ws(' ', o.order_number,
    (SELECT concat_ws(' ', a.name, a.asset_tag, a.serial_number) FROM asset a WHERE a.id = o.asset_id),
    (SELECT s.name FROM site s WHERE s.id = o.site_id)));

CREATE INDEX service_order_search_trgm_idx ON service_order USING gin (search_text gin_trgm_ops);
-- Filters by status or priority inside one account, newest first.
CREATE INDEX service_order_account_status_created_idx ON service_order(account_id, status, created_at DESC, id DESC);
CREATE INDEX service_order_account_priority_created_idx ON service_order(account_id, priority, created_at DESC, id DESC);
