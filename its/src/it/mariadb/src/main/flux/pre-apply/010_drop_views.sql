DROP VIEW IF EXISTS user_directory;
