-- flux:since V2
-- Runs after every batch that ends at V2 or later: the views, always matching the current tables.
-- Below V2 (and on an empty database) it is skipped: the view needs users.email, added by V2.
CREATE VIEW user_directory AS SELECT id, name, email FROM users;
