CREATE TABLE invoices (id INT PRIMARY KEY, order_id INT NOT NULL REFERENCES orders (id), amount NUMERIC(10, 2));
