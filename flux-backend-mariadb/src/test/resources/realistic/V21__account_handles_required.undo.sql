DROP INDEX uq_accounts_handle ON accounts;
ALTER TABLE accounts MODIFY handle VARCHAR(100) NULL;
