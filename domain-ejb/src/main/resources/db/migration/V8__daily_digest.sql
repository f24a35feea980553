-- C11/X3: users may take most notifications as one daily digest; feed entries wait for it until it is sent.
ALTER TABLE app_user ADD COLUMN notify_daily BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE inbox_item ADD COLUMN awaiting_digest BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX inbox_item_digest_idx ON inbox_item(user_id, id) WHERE awaiting_digest;
