DROP TRIGGER products_updated_at;
