ALTER TABLE accounts ADD COLUMN handle VARCHAR(100) NULL;
UPDATE accounts SET handle = LOWER(REPLACE(REPLACE(name, '\'', ''), ' ', '-'));
