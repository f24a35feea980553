-- C10: the asset register searches name, tag, serial and site name as one lower-case, trigram-indexed column, and
-- shows each asset's most recent order and service history (orders by asset, newest first).
ALTER TABLE asset ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

UPDATE asset a SET search_text = lower(concat_ws(' ', a.name, a.asset_tag, a.serial_number, a.manufacturer, a.model,
    (SELECT s.name FROM site s WHERE s.id = a.site_id)));

CREATE INDEX asset_search_trgm_idx ON asset USING gin (search_text gin_trgm_ops);
DROP INDEX service_order_asset_idx;
CREATE INDEX service_order_asset_created_idx ON service_order(asset_id, created_at DESC, id DESC);
