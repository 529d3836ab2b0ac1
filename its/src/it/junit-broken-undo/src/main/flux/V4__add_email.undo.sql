DROP INDEX idx_users_email;
ALTER TABLE users DROP COLUMN email;
