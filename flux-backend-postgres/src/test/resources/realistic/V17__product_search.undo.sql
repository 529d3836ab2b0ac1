DROP INDEX products_search_idx;
ALTER TABLE products DROP COLUMN search;
