-- The SQL the server runs for this scenario, as PostgreSQL logged it, for pgbench (bench/run's floor). The ids of
-- the matching orders come back in one array, of which the page is read: the server reads them as rows.
\set n random(0, 199)
SELECT ID, account_id, ACTIVE, created_at, DEMO, key_hash, key_prefix, NAME, rate_limit, read_only, revoked_at, VERSION FROM api_client WHERE (key_hash = :key_hash);
-- One lookup per way an order matches the text (its asset, its site; its number only for texts like one), merged.
SELECT coalesce((array_agg(a1 ORDER BY a2 DESC, a1 DESC))[1:25], '{}') AS page_ids FROM (
  (SELECT t0.ID AS a1, t0.created_at AS a2 FROM service_order t0 WHERE ((t0.account_id = :account) AND t0.asset_id IN (SELECT t1.ID FROM asset t1 WHERE ((t1.search_text LIKE '%sn-1-0' || lpad(CAST(:n AS text), 3, '0') || '%' ESCAPE '\') AND (t1.account_id = :account)))) ORDER BY t0.created_at DESC, t0.ID DESC LIMIT 1001)
  UNION
  (SELECT t0.ID AS a1, t0.created_at AS a2 FROM service_order t0 WHERE ((t0.account_id = :account) AND t0.site_id IN (SELECT t1.ID FROM site t1 WHERE ((LOWER(t1.NAME) LIKE '%sn-1-0' || lpad(CAST(:n AS text), 3, '0') || '%' ESCAPE '\') AND (t1.account_id = :account)))) ORDER BY t0.created_at DESC, t0.ID DESC LIMIT 1001)
) ids \gset
SELECT t0.ID, t0.order_number, t0.KIND, t0.PRIORITY, t0.STATUS, t0.SUMMARY, t1.NAME, t2.NAME, t3.NAME, t0.created_at, t0.updated_at, t0.scheduled_start FROM service_order t0 LEFT OUTER JOIN site t2 ON (t2.ID = t0.site_id) LEFT OUTER JOIN asset t3 ON (t3.ID = t0.asset_id), customer_account t1 WHERE ((t0.ID = ANY (CAST(:page_ids AS bigint[]))) AND (t1.ID = t0.account_id)) ORDER BY t0.created_at DESC, t0.ID DESC;
