-- Step 2 of 2: every account has a handle now.
ALTER TABLE accounts ALTER COLUMN handle SET NOT NULL;
ALTER TABLE accounts ADD CONSTRAINT accounts_handle_key UNIQUE (handle);
