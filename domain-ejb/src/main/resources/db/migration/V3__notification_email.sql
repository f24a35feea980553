-- C11: where a user wants notifications to go, when that is not the sign-in address.
ALTER TABLE app_user ADD COLUMN notification_email VARCHAR(320);
-- The profile's login audit pages newest first by id within one user.
CREATE INDEX login_audit_user_id_idx ON login_audit(user_id, id DESC);
