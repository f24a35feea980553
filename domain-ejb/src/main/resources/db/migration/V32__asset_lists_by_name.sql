-- Asset lists page through the register by name and count only up to 1,000 (issue 6): an account's assets in that
-- order (id breaks ties, so a page, or an export's next batch, starts where the last ended) and, for staff and
-- organisation keys, every account's, so that neither a page nor a batch sorts all of the matches first.
DROP INDEX asset_account_idx;
CREATE INDEX asset_account_name_idx ON asset(account_id, name, id);
CREATE INDEX asset_name_idx ON asset(name, id);
