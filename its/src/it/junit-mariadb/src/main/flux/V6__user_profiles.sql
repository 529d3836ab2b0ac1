DELIMITER $$
CREATE TABLE user_profiles (user_id INT PRIMARY KEY, display_name VARCHAR(60) NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users (id))$$
DELIMITER ;
# backfill: every existing user gets a profile named after them
INSERT INTO user_profiles (user_id, display_name) SELECT id, UPPER(name) FROM users;
