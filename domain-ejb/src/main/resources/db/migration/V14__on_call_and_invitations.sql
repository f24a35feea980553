-- A3: the on-call dispatcher receives urgent alerts.
ALTER TABLE organisation_settings ADD COLUMN on_call_dispatcher_id BIGINT REFERENCES app_user(id);
-- T1: the dashboard's "needs attention" lists.
CREATE INDEX service_order_open_urgent_idx ON service_order(updated_at DESC)
    WHERE priority = 'URGENT' AND status NOT IN ('COMPLETED', 'CANCELLED');
CREATE INDEX service_order_open_estimate_idx ON service_order(estimated_completion)
    WHERE estimated_completion IS NOT NULL AND status NOT IN ('COMPLETED', 'CANCELLED');
CREATE INDEX proposal_line_decided_idx ON proposal_line(decided_at DESC) WHERE decided_at IS NOT NULL;
