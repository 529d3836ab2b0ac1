ALTER TABLE products ADD COLUMN archived_at timestamptz;

CREATE INDEX products_active_by_category ON products (category_id) WHERE archived_at IS NULL;

COMMENT ON COLUMN products.archived_at IS 'set instead of deleting; null means on sale';
