ALTER TABLE accounts DROP CONSTRAINT accounts_handle_key;
ALTER TABLE accounts ALTER COLUMN handle DROP NOT NULL;
