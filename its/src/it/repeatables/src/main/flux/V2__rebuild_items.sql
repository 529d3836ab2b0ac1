-- Rebuilds the table: possible only while no view depends on it (pre-apply dropped them).
CREATE TABLE items_new (id BIGINT PRIMARY KEY, name VARCHAR(100), price DECIMAL(10, 2));
INSERT INTO items_new (id, name) SELECT id, name FROM items;
DROP TABLE items RESTRICT;
ALTER TABLE items_new RENAME TO items;
