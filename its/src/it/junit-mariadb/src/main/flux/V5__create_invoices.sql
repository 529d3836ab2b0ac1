CREATE TABLE invoices (id INT PRIMARY KEY, order_id INT NOT NULL, amount DECIMAL(10, 2),
  FOREIGN KEY (order_id) REFERENCES orders (id));
