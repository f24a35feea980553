-- A1: customer accounts, sites and contacts are retired rather than deleted: orders, assets and invoices keep
-- pointing at them, but they are no longer offered for new work.
ALTER TABLE customer_account ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE site ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE contact ADD COLUMN retired_at TIMESTAMPTZ;
