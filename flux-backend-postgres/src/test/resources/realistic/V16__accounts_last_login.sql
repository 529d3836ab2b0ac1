ALTER TABLE accounts ADD COLUMN last_login_at timestamptz;
