CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL,
  CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id));
