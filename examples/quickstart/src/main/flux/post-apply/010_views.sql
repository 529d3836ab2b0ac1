-- Runs after every batch of migrations: the views, always matching the current tables.
CREATE VIEW user_directory AS SELECT id, name FROM users;
