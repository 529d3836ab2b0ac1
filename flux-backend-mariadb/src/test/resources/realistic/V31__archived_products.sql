ALTER TABLE products ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
CREATE VIEW active_products AS SELECT id, sku, name, price FROM products WHERE NOT archived
WITH CHECK OPTION;
