DROP TRIGGER orders_set_updated_at ON orders;
ALTER TABLE orders DROP COLUMN updated_at;
