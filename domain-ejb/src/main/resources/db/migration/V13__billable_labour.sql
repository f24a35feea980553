-- T8: labour can be logged as not billable (warranty, rework); only billable labour is invoiced.
ALTER TABLE labour_entry ADD COLUMN billable BOOLEAN NOT NULL DEFAULT TRUE;
