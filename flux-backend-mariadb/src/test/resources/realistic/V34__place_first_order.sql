INSERT INTO orders (id, account_id, status) SELECT 1, id, 'pending' FROM accounts WHERE handle = 'mary-obrien';
INSERT INTO order_items (order_id, product_id, quantity, unit_price)
  SELECT 1, id, 2, price FROM products WHERE sku = 'BK-001';
UPDATE orders SET status = 'paid' WHERE id = 1;
CALL assign_invoice_numbers();
