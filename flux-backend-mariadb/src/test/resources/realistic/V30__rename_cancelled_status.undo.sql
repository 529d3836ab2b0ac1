ALTER TABLE orders MODIFY status ENUM('pending', 'paid', 'shipped', 'canceled', 'cancelled') NOT NULL DEFAULT 'pending';
UPDATE orders SET status = 'canceled' WHERE status = 'cancelled';
ALTER TABLE orders MODIFY status ENUM('pending', 'paid', 'shipped', 'canceled') NOT NULL DEFAULT 'pending';
