ALTER TABLE accounts ALTER COLUMN email TYPE text;
DROP DOMAIN email_address;
