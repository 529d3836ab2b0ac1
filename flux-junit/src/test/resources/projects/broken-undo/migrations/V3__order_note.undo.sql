-- forgets: ALTER TABLE orders DROP COLUMN note;
SELECT 1;
