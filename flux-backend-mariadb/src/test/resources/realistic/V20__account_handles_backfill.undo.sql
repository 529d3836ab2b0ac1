ALTER TABLE accounts DROP COLUMN handle;
