CREATE TYPE account_role AS ENUM ('customer', 'staff', 'admin');

ALTER TABLE accounts ADD COLUMN role account_role NOT NULL DEFAULT 'customer';
