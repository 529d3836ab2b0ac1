ALTER TABLE accounts DROP COLUMN role;
DROP TYPE account_role;
