-- T3: the schedule reads every account's visits in a date range.
CREATE INDEX service_order_visit_idx ON service_order(scheduled_start) WHERE scheduled_start IS NOT NULL;
