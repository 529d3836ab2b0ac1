CREATE TABLE inventory (
  product_id INT NOT NULL PRIMARY KEY,
  quantity INT NOT NULL DEFAULT 0,
  CONSTRAINT chk_inventory_quantity CHECK (quantity >= 0),
  CONSTRAINT fk_inventory_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);
