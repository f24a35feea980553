-- T8: a receipt or calibration certificate documents one line of an order's work log. The file stays an
-- attachment of the order (on its Attachments tab too); the line only says what it documents.
ALTER TABLE attachment
    ADD COLUMN labour_entry_id BIGINT REFERENCES labour_entry(id) ON DELETE SET NULL,
    ADD COLUMN part_entry_id BIGINT REFERENCES part_entry(id) ON DELETE SET NULL,
    ADD CONSTRAINT attachment_one_work_line CHECK (labour_entry_id IS NULL OR part_entry_id IS NULL);
