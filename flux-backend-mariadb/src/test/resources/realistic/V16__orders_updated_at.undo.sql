ALTER TABLE orders DROP COLUMN updated_at;
