DROP VIEW IF EXISTS user_emails;
