ALTER TABLE accounts DROP COLUMN last_login_at;
