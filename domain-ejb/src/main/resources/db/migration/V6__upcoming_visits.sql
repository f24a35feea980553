-- C2: the overview lists an account's upcoming visits, soonest first.
CREATE INDEX service_order_account_visit_idx ON service_order(account_id, scheduled_start)
    WHERE scheduled_start IS NOT NULL;
