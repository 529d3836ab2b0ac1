ALTER TABLE accounts DROP INDEX idx_accounts_domain, DROP COLUMN email_domain;
