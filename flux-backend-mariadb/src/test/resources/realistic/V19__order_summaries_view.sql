CREATE VIEW order_summaries AS
SELECT o.id, o.account_id, o.status, COUNT(i.product_id) AS items, COALESCE(SUM(i.quantity * i.unit_price), 0) AS total
FROM orders o LEFT JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.account_id, o.status;
