/*!40000 ALTER TABLE categories DISABLE KEYS */;
INSERT INTO categories (id, parent_id, name) VALUES (1, NULL, 'Books'), (2, 1, 'Science fiction');
/*!40000 ALTER TABLE categories ENABLE KEYS */;
INSERT INTO products (category_id, sku, name, description, price) VALUES
  (2, 'BK-001', 'Dune', 'Spice; sand; \"worms\"', 9.99),
  (2, 'BK-002', 'Solaris', 'An ocean that thinks', 12.50);
INSERT INTO inventory (product_id, quantity) SELECT id, 10 FROM products;
