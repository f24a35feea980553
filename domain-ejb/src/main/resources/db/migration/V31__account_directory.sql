-- The account directory and the account pickers page and search customer accounts instead of listing them all (a
-- thousand accounts made the directory 138 KB of HTML and every picker a thousand options: issue 6). The directory's
-- order (current accounts first, each group by name) as an index, so a page reads only its rows; names searched by
-- their trigrams, so a search reads only its matches.
CREATE INDEX customer_account_directory_idx ON customer_account ((retired_at IS NOT NULL), lower(name), id);
CREATE INDEX customer_account_name_trgm_idx ON customer_account USING gin (lower(name) gin_trgm_ops);
