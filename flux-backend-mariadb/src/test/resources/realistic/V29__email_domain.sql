ALTER TABLE accounts
  ADD COLUMN email_domain VARCHAR(255) AS (SUBSTRING_INDEX(email, '@', -1)) VIRTUAL,
  ADD INDEX idx_accounts_domain (email_domain);
