-- flux:no-transaction
DROP INDEX CONCURRENTLY orders_user;
