CREATE VIEW item_list AS SELECT * FROM items;
