-- flux:no-transaction
-- Built without locking out writes to orders.
CREATE INDEX CONCURRENTLY orders_open_idx ON orders (status, placed_at) WHERE status IN ('pending', 'paid');
