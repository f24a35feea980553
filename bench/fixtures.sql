-- What the load scenarios sign in with, made afresh by every bench/run: an API client of the large account
-- (read-write, for the upload, with a limit the load cannot reach), one of its portal users, and the password of the
-- first generated technician (bench/generate.sql), whose dashboard scenario 4 reads.
-- psql variables: account (the large account's id), key_hash, key_prefix, password_hash.
\set ON_ERROR_STOP on
BEGIN;

DELETE FROM api_client WHERE name = 'Benchmark';
INSERT INTO api_client (name, key_hash, key_prefix, account_id, read_only, rate_limit)
VALUES ('Benchmark', :'key_hash', :'key_prefix', :account, FALSE, 2000000000);

INSERT INTO app_user (email, display_name, password_hash, account_id)
VALUES ('bench-customer@bench.test', 'Bench Customer', :'password_hash', :account)
ON CONFLICT (lower(email)) DO UPDATE
    SET password_hash = EXCLUDED.password_hash, account_id = EXCLUDED.account_id, active = TRUE;

INSERT INTO user_role (user_id, role)
SELECT id, 'CUSTOMER' FROM app_user WHERE email = 'bench-customer@bench.test'
ON CONFLICT DO NOTHING;

UPDATE app_user SET password_hash = :'password_hash', active = TRUE WHERE email = 'bench-technician-01@bench.test';

COMMIT;
