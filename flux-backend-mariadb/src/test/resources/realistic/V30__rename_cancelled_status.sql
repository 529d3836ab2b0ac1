ALTER TABLE orders MODIFY status ENUM('pending', 'paid', 'shipped', 'canceled', 'cancelled') NOT NULL DEFAULT 'pending';
UPDATE orders SET status = 'cancelled' WHERE status = 'canceled';
ALTER TABLE orders MODIFY status ENUM('pending', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'pending';
