-- flux:no-transaction
CREATE INDEX CONCURRENTLY orders_user ON orders (user_id);
