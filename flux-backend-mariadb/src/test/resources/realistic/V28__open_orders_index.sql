CREATE INDEX idx_orders_open ON orders (status, created_at DESC);
