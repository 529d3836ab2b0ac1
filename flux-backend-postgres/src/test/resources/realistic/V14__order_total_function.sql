-- A SQL-standard function body: its semicolons belong to the function.
CREATE FUNCTION order_total_cents(p_order_id bigint) RETURNS bigint
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT COALESCE(sum(CASE WHEN quantity > 0 THEN quantity * unit_price_cents ELSE 0 END), 0)
      FROM order_items
     WHERE order_id = p_order_id;
END;
