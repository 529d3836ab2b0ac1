DELETE FROM audit_log WHERE entity = 'order' AND entity_id = 1;
UPDATE inventory i JOIN order_items oi ON oi.product_id = i.product_id AND oi.order_id = 1
  SET i.quantity = i.quantity + oi.quantity;
DELETE FROM order_items WHERE order_id = 1;
DELETE FROM orders WHERE id = 1;
