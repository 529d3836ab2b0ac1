CREATE TABLE user_profiles (user_id INT PRIMARY KEY REFERENCES users (id), display_name VARCHAR(60) NOT NULL);
-- backfill: every existing user gets a profile named after them
INSERT INTO user_profiles (user_id, display_name) SELECT id, UPPER(name) FROM users;
