-- The SQL the server runs for this scenario, as PostgreSQL logged it, for pgbench (bench/run's floor). The ids of
-- the matching orders come back in one array, of which the page is read: the server reads them as rows.
SELECT ID, ACTIVE, created_at, DEMO, display_name, EMAIL, notification_email, notify_daily, password_hash, PHONE, sms_opt_in, VERSION, account_id FROM app_user WHERE (ID = :user);
SELECT t0.role FROM user_role t0 WHERE (t0.user_id = :user);
SELECT ID, created_at, NAME, retired_at, VERSION FROM customer_account WHERE (ID = :account);
SELECT coalesce((array_agg(a1))[1:25], '{}') AS page_ids FROM (SELECT ID AS a1 FROM service_order WHERE (account_id = :account) ORDER BY created_at DESC, ID DESC LIMIT 1001) ids \gset
SELECT t0.ID, t0.order_number, t0.KIND, t0.PRIORITY, t0.STATUS, t0.SUMMARY, t1.NAME, t2.NAME, t3.NAME, t0.created_at, t0.updated_at, t0.scheduled_start FROM service_order t0 LEFT OUTER JOIN site t2 ON (t2.ID = t0.site_id) LEFT OUTER JOIN asset t3 ON (t3.ID = t0.asset_id), customer_account t1 WHERE ((t0.ID = ANY (CAST(:page_ids AS bigint[]))) AND (t1.ID = t0.account_id)) ORDER BY t0.created_at DESC, t0.ID DESC;
