DROP INDEX products_active_by_category;
ALTER TABLE products DROP COLUMN archived_at;
