DROP INDEX idx_orders_open ON orders;
