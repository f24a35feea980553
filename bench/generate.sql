-- The benchmark's history (issue 6): customer accounts with sites, contacts and assets, and orders with their
-- timelines, work logs and invoices, made set-based in one transaction on a database the server has migrated.
--
--   psql -v orders=1000000 -v accounts=1000 -v large=200000 -f bench/generate.sql <database>
--
-- orders:   orders in all (default data set: 1,000,000)
-- accounts: customer accounts (1,000); the first, "Bench Customer 00001", is the large one
-- large:    orders of the large account (200,000); the rest are spread over the other accounts
-- Generated accounts are named "Bench Customer …"; running it again adds another, separate set.
\set ON_ERROR_STOP on
BEGIN;

-- A bulk load as PostgreSQL's manual advises ("Populating a Database"): a row inserted into a table with indexes and
-- foreign keys descends into every index and looks up every key, one row at a time, while an index built, or a key
-- checked, afterwards for the whole table costs a fraction of that. So the secondary indexes (those no constraint
-- owns, partial ones aside) and the foreign keys of the tables filled below are dropped for the load and made again
-- from their own definitions before the commit, which checks every key as before. The tables stay locked until then:
-- run this where nothing else needs them.
SET LOCAL maintenance_work_mem = '256MB';
CREATE TEMP TABLE bench_filled ON COMMIT DROP AS
SELECT unnest(ARRAY['service_order', 'timeline_entry', 'service_order_assignee', 'labour_entry', 'part_entry',
                    'invoice', 'invoice_line']::regclass[]) AS t;
CREATE TEMP TABLE bench_index ON COMMIT DROP AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i JOIN bench_filled f ON f.t = i.indrelid
WHERE NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)
  AND i.indpred IS NULL; -- they hold a few rows (the open orders), and would come back reworded
CREATE TEMP TABLE bench_foreign_key ON COMMIT DROP AS
SELECT c.conrelid::regclass::text AS tab, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition
FROM pg_constraint c JOIN bench_filled f ON f.t = c.conrelid
WHERE c.contype = 'f';
DO $$ DECLARE i record; BEGIN
  FOR i IN SELECT tab, name FROM bench_foreign_key LOOP
    EXECUTE 'ALTER TABLE ' || i.tab || ' DROP CONSTRAINT ' || i.name;
  END LOOP;
  FOR i IN SELECT name FROM bench_index LOOP EXECUTE 'DROP INDEX ' || i.name; END LOOP;
END $$;

-- Numbers as the application writes them (SR-%06d): lpad alone would cut a seventh digit off. The sequence value
-- is an argument, so it is drawn once per row.
CREATE FUNCTION pg_temp.numbered(prefix text, seq bigint) RETURNS text LANGUAGE sql AS
$$ SELECT prefix || lpad(seq::text, greatest(6, length(seq::text)), '0') $$;

CREATE TEMP TABLE bench_account ON COMMIT DROP AS
WITH made AS (
    INSERT INTO customer_account (name, created_at)
    SELECT 'Bench Customer ' || lpad(g::text, 5, '0') || ' ' || to_char(now(), 'YYYYMMDDHH24MISSUS'),
           now() - interval '6 years'
    FROM generate_series(1, :accounts) g
    RETURNING id)
SELECT row_number() OVER (ORDER BY id) AS n, id FROM made;

-- Three sites and a contact per account.
INSERT INTO site (account_id, name, street, city, postal_code, country)
SELECT a.id, (ARRAY['Head Office', 'Workshop', 'Warehouse'])[s], s || ' Industrial Way', 'Springfield',
       lpad((a.n * 10 + s)::text, 5, '0'), 'DE'
FROM bench_account a, generate_series(1, 3) s;

INSERT INTO contact (account_id, name, email, phone)
SELECT a.id, 'Contact ' || a.n, 'contact' || a.n || '@bench.test', '+49 30 ' || a.n FROM bench_account a;

-- Assets: 2,000 for the large account, 20 for each other one, each on one of the account's sites.
INSERT INTO asset (account_id, site_id, name, manufacturer, model, serial_number, asset_tag, search_text)
SELECT a.id, st.id, e.name, e.maker, e.model, 'SN-' || a.n || '-' || lpad(g::text, 5, '0'), 'TAG-' || a.n || '-' || g,
       lower(concat_ws(' ', e.name, 'TAG-' || a.n || '-' || g, 'SN-' || a.n || '-' || lpad(g::text, 5, '0'),
                       e.maker, e.model, st.name))
FROM bench_account a
CROSS JOIN LATERAL generate_series(1, CASE WHEN a.n = 1 THEN 2000 ELSE 20 END) g
CROSS JOIN LATERAL (SELECT s.id, s.name FROM site s WHERE s.account_id = a.id ORDER BY s.id
                    OFFSET (g % 3) LIMIT 1) st
CROSS JOIN LATERAL (SELECT (ARRAY['Espresso machine', 'Label printer', 'Chiller', 'Forklift', 'Compressor'])[1 + g % 5] AS name,
                           (ARRAY['Rancilio', 'Zebra', 'Carrier', 'Linde', 'Atlas Copco'])[1 + g % 5] AS maker,
                           (ARRAY['Classe 9', 'ZT411', '30RB', 'E20', 'GA 30'])[1 + g % 5] AS model) e;

-- Each account's assets numbered from 0 (k), and per account their number and its contact: order i of an account
-- is for its asset i mod (its assets). A join on the number, not an array of the account's assets: a large account's
-- array is stored out of line and was read back for every one of its orders.
CREATE TEMP TABLE bench_asset ON COMMIT DROP AS
SELECT a.n, s.id, s.site_id, row_number() OVER (PARTITION BY a.n ORDER BY s.id) - 1 AS k
FROM bench_account a JOIN asset s ON s.account_id = a.id;
CREATE TEMP TABLE bench_assets ON COMMIT DROP AS
SELECT a.n, a.id AS account_id, (SELECT count(*) FROM bench_asset s WHERE s.n = a.n) AS assets,
       (SELECT min(c.id) FROM contact c WHERE c.account_id = a.id) AS contact
FROM bench_account a;
ANALYZE bench_asset, bench_assets;

-- Orders: every (orders / large)th goes to the large account, so its history spans the five years as everyone's
-- does; the others go round the rest. Created over five years, newest last; numbered in that order from a block of
-- the sequence taken here.
CREATE TEMP TABLE bench_numbers ON COMMIT DROP AS
SELECT greatest(:orders / greatest(:large, 1), 1) AS step, nextval('service_order_number_seq') - 1 AS base;
CREATE TEMP TABLE bench_reserved ON COMMIT DROP AS
SELECT setval('service_order_number_seq', base + :orders) FROM bench_numbers;
-- Statuses as a service organisation's history has them: what came in during the last 60 days is at every stage of
-- its life (a tenth of it new, half of it open), everything older is completed, a tenth of it cancelled.
CREATE TEMP TABLE bench_order ON COMMIT DROP AS
SELECT i, account_n, created,
       CASE WHEN created > now() - interval '60 days'
            THEN (ARRAY['NEW', 'IN_PROGRESS', 'AWAITING_PARTS', 'WITH_MANUFACTURER', 'READY_FOR_RETURN', 'COMPLETED',
                        'COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELLED'])[1 + i % 10]
            WHEN i % 10 = 9 THEN 'CANCELLED' ELSE 'COMPLETED' END AS status
FROM (SELECT g AS i,
             CASE WHEN (g % n.step = 0 AND g / n.step <= :large) OR :accounts = 1 THEN 1
                  ELSE 2 + (g % greatest(:accounts - 1, 1)) END AS account_n,
             now() - (interval '5 years') * (1 - g::numeric / :orders) AS created
      FROM generate_series(1, :orders) g, bench_numbers n) o;

INSERT INTO service_order (order_number, account_id, site_id, contact_id, asset_id, kind, priority, status, summary,
                           detail, created_at, updated_at)
SELECT pg_temp.numbered('SR-', n.base + o.i), b.account_id, s.site_id, b.contact,
       s.id, CASE WHEN o.i % 3 = 0 THEN 'WALK_IN' ELSE 'SERVICE_CALL' END,
       (ARRAY['LOW', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT'])[1 + o.i % 5], o.status,
       (ARRAY['Leaks water from the base', 'Does not power on', 'Error E42 on start', 'Noisy bearing',
              'Annual maintenance due'])[1 + o.i % 5],
       'Reported by the customer; order ' || o.i || ' of the benchmark history.', o.created,
       o.created + interval '3 days'
FROM bench_order o
CROSS JOIN bench_numbers n
JOIN bench_assets b ON b.n = o.account_n
JOIN bench_asset s ON s.n = o.account_n AND s.k = o.i % b.assets;

CREATE TEMP TABLE bench_made ON COMMIT DROP AS
SELECT o.id, o.order_number, o.account_id, o.status, o.created_at FROM service_order o
JOIN bench_account a ON a.id = o.account_id;

-- About six timeline entries per order: created, notes both ways, status changes.
INSERT INTO timeline_entry (order_id, kind, visibility, author_name, occurred_at, body, from_value, to_value)
SELECT m.id, t.kind, t.visibility, t.author, m.created_at + t.after, t.body, t.from_value, t.to_value
FROM bench_made m
CROSS JOIN LATERAL (VALUES
    ('CREATED', 'PUBLIC', 'Customer', interval '0', NULL, NULL, 'NEW'),
    ('NOTE', 'PUBLIC', 'Tom Technician', interval '2 hours', 'Thanks, we have your request.', NULL, NULL),
    ('STATUS_CHANGE', 'PUBLIC', 'Tom Technician', interval '1 day', 'Diagnosis started.', 'NEW', 'IN_PROGRESS'),
    ('NOTE', 'INTERNAL', 'Tom Technician', interval '1 day 2 hours', 'Fault reproduced on the bench.', NULL, NULL),
    ('NOTE', 'PUBLIC', 'Customer', interval '1 day 5 hours', 'It happens mostly in the mornings.', NULL, NULL),
    ('STATUS_CHANGE', 'PUBLIC', 'Tom Technician', interval '3 days', 'Done.', 'IN_PROGRESS', m.status)
) AS t(kind, visibility, author, after, body, from_value, to_value);

-- Technicians, one for every 20,000 orders (50 for the default data set; the same ones when it runs again), and
-- every order that got past NEW assigned to one of them: a technician's dashboard finds its few open orders among
-- the thousands it has worked on, the unclaimed list only the new ones. They cannot sign in ('!' is no password
-- hash); bench/fixtures.sql gives the first one the run's password.
CREATE TEMP TABLE bench_technician ON COMMIT DROP AS
SELECT g - 1 AS n, 'bench-technician-' || to_char(g, 'FM00') || '@bench.test' AS email, NULL::bigint AS id
FROM generate_series(1, greatest(:orders / 20000, 1)) g;
INSERT INTO app_user (email, display_name, password_hash)
SELECT email, 'Bench Technician ' || (n + 1), '!' FROM bench_technician
ON CONFLICT (lower(email)) DO NOTHING;
UPDATE bench_technician t SET id = u.id FROM app_user u WHERE lower(u.email) = t.email;
INSERT INTO user_role (user_id, role) SELECT id, 'TECHNICIAN' FROM bench_technician ON CONFLICT DO NOTHING;

-- Ten consecutive orders (one of each status among the recent ones) to the same technician.
INSERT INTO service_order_assignee (order_id, user_id)
SELECT m.id, t.id FROM bench_made m
JOIN bench_technician t ON t.n = (m.id / 10) % (SELECT count(*) FROM bench_technician)
WHERE m.status NOT IN ('NEW', 'CANCELLED');

-- Completed orders are invoiced: 1.5 h × 85.00 + 18.40 = 145.90, 20 % tax; most are paid.
INSERT INTO invoice (invoice_number, order_id, order_number, account_id, status, issued_on, due_on, currency,
                     tax_rate, subtotal, tax, total, paid_on, created_at)
SELECT pg_temp.numbered('INV-', nextval('invoice_number_seq')), m.id, m.order_number, m.account_id,
       CASE WHEN m.id % 5 = 0 THEN 'OUTSTANDING' ELSE 'PAID' END, (m.created_at + interval '3 days')::date,
       (m.created_at + interval '33 days')::date, 'EUR', 20.00, 145.90, 29.18, 175.08,
       CASE WHEN m.id % 5 = 0 THEN NULL ELSE (m.created_at + interval '20 days')::date END,
       m.created_at + interval '3 days'
FROM bench_made m WHERE m.status = 'COMPLETED';

INSERT INTO invoice_line (invoice_id, position, kind, description, quantity, unit_price, amount)
SELECT i.id, l.position, l.kind, l.description, l.quantity, l.unit_price, l.amount
FROM invoice i JOIN bench_made m ON m.id = i.order_id
CROSS JOIN LATERAL (VALUES (1, 'LABOUR', 'Tom Technician: Diagnosis and repair', 1.50, 85.00, 127.50),
                           (2, 'PART', 'Drive belt (DB-220)', 1.00, 18.40, 18.40))
    AS l(position, kind, description, quantity, unit_price, amount);

-- Work on every order that got that far: an hour and a half of labour and one part, on the invoice of a completed one.
INSERT INTO labour_entry (order_id, technician_name, started_at, ended_at, billable_hours, hourly_rate, description,
                          created_at, invoice_id)
SELECT m.id, 'Tom Technician', m.created_at + interval '1 day', m.created_at + interval '1 day 90 minutes', 1.50,
       85.00, 'Diagnosis and repair', m.created_at + interval '1 day', i.id
FROM bench_made m LEFT JOIN invoice i ON i.order_id = m.id WHERE m.status NOT IN ('NEW', 'CANCELLED');

INSERT INTO part_entry (order_id, description, part_number, cost_code, quantity, unit_price, logged_by_name,
                        installed_at, invoice_id)
SELECT m.id, 'Drive belt', 'DB-220', 'CC-410', 1, 18.40, 'Tom Technician', m.created_at + interval '1 day', i.id
FROM bench_made m LEFT JOIN invoice i ON i.order_id = m.id WHERE m.status NOT IN ('NEW', 'CANCELLED');

DO $$ DECLARE i record; BEGIN
  FOR i IN SELECT definition FROM bench_index LOOP EXECUTE i.definition; END LOOP;
  FOR i IN SELECT tab, name, definition FROM bench_foreign_key LOOP
    EXECUTE 'ALTER TABLE ' || i.tab || ' ADD CONSTRAINT ' || i.name || ' ' || i.definition;
  END LOOP;
END $$;

COMMIT;
ANALYZE;
