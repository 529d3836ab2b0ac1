ALTER TABLE accounts MODIFY handle VARCHAR(100) NOT NULL;
CREATE UNIQUE INDEX uq_accounts_handle ON accounts (handle);
