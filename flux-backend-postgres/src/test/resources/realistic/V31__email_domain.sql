CREATE DOMAIN email_address AS text CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+$');

ALTER TABLE accounts ALTER COLUMN email TYPE email_address;
