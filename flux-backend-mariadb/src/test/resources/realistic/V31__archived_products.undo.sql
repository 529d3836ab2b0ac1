DROP VIEW active_products;
ALTER TABLE products DROP COLUMN archived;
