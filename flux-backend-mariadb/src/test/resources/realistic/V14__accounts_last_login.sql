ALTER TABLE accounts ADD COLUMN last_login_at DATETIME NULL AFTER name;
