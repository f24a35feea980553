-- Orders are searched by their asset, their site and their number, each through its own index (issue 6): the copy
-- of those texts on every order, with its trigram index, made a search read every order of every account sharing
-- a few letters with it, and went stale when an asset's serial was corrected.
DROP INDEX service_order_search_trgm_idx;
ALTER TABLE service_order DROP COLUMN search_text;
CREATE INDEX service_order_number_trgm_idx ON service_order USING gin (lower(order_number) gin_trgm_ops);
CREATE INDEX service_order_site_created_idx ON service_order (site_id, created_at DESC, id DESC);
CREATE INDEX site_name_trgm_idx ON site USING gin (lower(name) gin_trgm_ops);
