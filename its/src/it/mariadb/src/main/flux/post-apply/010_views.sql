CREATE VIEW user_directory AS SELECT id, name FROM users;
