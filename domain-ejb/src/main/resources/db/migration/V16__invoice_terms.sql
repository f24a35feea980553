-- A4: invoice terms chosen by the organisation (empty: the configured defaults).
ALTER TABLE organisation_settings ADD COLUMN tax_rate NUMERIC(5,2);
ALTER TABLE organisation_settings ADD COLUMN payment_days INT;
