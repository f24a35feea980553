-- I7: requests per minute an API client may send; NULL means the installation's default (st.api.rate-limit).
ALTER TABLE api_client ADD COLUMN rate_limit INT CHECK (rate_limit IS NULL OR rate_limit > 0);
