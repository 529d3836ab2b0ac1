CREATE VIEW order_summaries AS
SELECT o.id,
       o.account_id,
       o.status,
       count(i.line_no)                                  AS item_count,
       COALESCE(sum(i.quantity * i.unit_price_cents), 0) AS items_cents,
       o.placed_at
  FROM orders o
  LEFT JOIN order_items i ON i.order_id = o.id
 GROUP BY o.id;
