CREATE TABLE orders (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL);
CREATE INDEX orders_user ON orders (user_id);
