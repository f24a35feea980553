-- A4: the organisation turns online payment (C9) and travel-time tracking (T14) on or off.
ALTER TABLE organisation_settings
    ADD COLUMN online_payment_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN travel_tracking_enabled BOOLEAN NOT NULL DEFAULT FALSE;

-- C9: an invoice paid through the payment provider's hosted checkout. The provider confirms each payment by a
-- signed callback that names the reference; a payment is settled once, whatever the provider repeats.
CREATE TABLE payment (
    id                  BIGSERIAL PRIMARY KEY,
    invoice_id          BIGINT NOT NULL REFERENCES invoice(id),
    reference           VARCHAR(64) NOT NULL UNIQUE,
    amount              NUMERIC(12,2) NOT NULL,
    currency            VARCHAR(3) NOT NULL,
    status              VARCHAR(10) NOT NULL,
    started_by          BIGINT REFERENCES app_user(id),
    created_at          TIMESTAMPTZ NOT NULL,
    completed_at        TIMESTAMPTZ,
    provider_reference  VARCHAR(200)
);
CREATE INDEX payment_invoice_idx ON payment(invoice_id, created_at DESC);
