-- A search for an order by its number ("SR-000123", "sr-0001") went through the trigram index of numbers, and
-- every number has the trigrams of "sr-": 14-19 ms at 1M orders, growing with all accounts' orders (issue 6). Such
-- a text starts the number (OrderNumber.likePattern), a range of this index; digits alone still use the trigrams.
CREATE INDEX service_order_number_prefix_idx ON service_order (lower(order_number) text_pattern_ops);
