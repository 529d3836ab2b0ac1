-- flux:no-transaction
DROP INDEX CONCURRENTLY orders_open_idx;
