-- Invoices are searched by their number and their order's. A text like "INV-000012" or "SR-000123" starts one of
-- them (NumberPart): a range of these indexes, where the trigram index read every invoice, all of which have the
-- trigrams of "inv-" (36 ms at 883,000 invoices, growing with all accounts' invoices: issue 6).
CREATE INDEX invoice_number_prefix_idx ON invoice (lower(invoice_number) text_pattern_ops);
CREATE INDEX invoice_order_number_prefix_idx ON invoice (lower(order_number) text_pattern_ops);
