-- Step 1 of 2: add the column and fill it for existing accounts.
ALTER TABLE accounts ADD COLUMN handle text;

UPDATE accounts
   SET handle = trim(BOTH '-' FROM lower(regexp_replace(display_name, E'[^[:alnum:]]+', '-', 'g')))
 WHERE handle IS NULL;
