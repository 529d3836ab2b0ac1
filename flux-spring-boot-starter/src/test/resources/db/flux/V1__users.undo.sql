DROP VIEW IF EXISTS user_names;
DROP TABLE users;
