-- Runs before every batch of migrations, so they may change the tables under the views.
DROP VIEW IF EXISTS user_directory;
