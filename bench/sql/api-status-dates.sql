-- The SQL the server runs for this scenario, as PostgreSQL logged it, for pgbench (bench/run's floor). The ids of
-- the matching orders come back in one array, of which the page is read: the server reads them as rows.
\set m random(1, 59)
SELECT ID, account_id, ACTIVE, created_at, DEMO, key_hash, key_prefix, NAME, rate_limit, read_only, revoked_at, VERSION FROM api_client WHERE (key_hash = :key_hash);
SELECT coalesce((array_agg(a1))[1:25], '{}') AS page_ids FROM (SELECT ID AS a1 FROM service_order WHERE (((account_id = :account) AND (STATUS IN ('COMPLETED'))) AND (created_at >= date_trunc('month', now()) - make_interval(months => :m)) AND (created_at < date_trunc('month', now()) - make_interval(months => :m - 1))) ORDER BY created_at DESC, ID DESC LIMIT 1001) ids \gset
SELECT t0.ID, t0.order_number, t0.KIND, t0.PRIORITY, t0.STATUS, t0.SUMMARY, t1.NAME, t2.NAME, t3.NAME, t0.created_at, t0.updated_at, t0.scheduled_start FROM service_order t0 LEFT OUTER JOIN site t2 ON (t2.ID = t0.site_id) LEFT OUTER JOIN asset t3 ON (t3.ID = t0.asset_id), customer_account t1 WHERE ((t0.ID = ANY (CAST(:page_ids AS bigint[]))) AND (t1.ID = t0.account_id)) ORDER BY t0.created_at DESC, t0.ID DESC;
