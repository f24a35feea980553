-- The SQL the server runs for this scenario, as PostgreSQL logged it, for pgbench (bench/run's floor).
\set s :first + random(0, :count - 1) * :step
SELECT ID, account_id, ACTIVE, created_at, DEMO, key_hash, key_prefix, NAME, rate_limit, read_only, revoked_at, VERSION FROM api_client WHERE (key_hash = :key_hash);
SELECT ID, cancel_reason, created_at, created_by, DETAIL, estimated_completion, KIND, order_number, parts_eta, parts_supplier, PRIORITY, rma_reference, scheduled_end, scheduled_start, STATUS, SUMMARY, updated_at, VERSION, account_id, asset_id, contact_id, site_id FROM service_order WHERE ((order_number = 'SR-' || lpad(CAST(:s AS text), greatest(6, length(CAST(:s AS text))), '0')) AND (account_id = :account)) \gset o_
SELECT u.display_name FROM service_order_assignee a JOIN app_user u ON u.id = a.user_id WHERE a.order_id = :o_id ORDER BY u.display_name, u.id;
SELECT ID, author_id, author_name, BODY, from_value, KIND, occurred_at, to_value, VISIBILITY, order_id FROM timeline_entry WHERE ((order_id = :o_id) AND (VISIBILITY = 'PUBLIC')) ORDER BY occurred_at, ID;
SELECT ID, created_at, NAME, retired_at, VERSION FROM customer_account WHERE (ID = :account);
SELECT ID, CITY, COUNTRY, NAME, postal_code, retired_at, STREET, VERSION, account_id FROM site WHERE (ID = :o_site_id);
SELECT ID, EMAIL, NAME, PHONE, retired_at, VERSION, account_id FROM contact WHERE (ID = :o_contact_id);
SELECT ID, asset_tag, created_at, MANUFACTURER, MODEL, NAME, search_text, serial_number, VERSION, account_id, site_id FROM asset WHERE (ID = :o_asset_id);
