-- A4 organisation settings (one row) and X3 SMS alerts that users opt in to.
CREATE TABLE organisation_settings (
    id           INT PRIMARY KEY CHECK (id = 1),
    sms_enabled  BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version      BIGINT NOT NULL DEFAULT 0
);
INSERT INTO organisation_settings (id) VALUES (1);

ALTER TABLE app_user ADD COLUMN sms_opt_in BOOLEAN NOT NULL DEFAULT FALSE;
