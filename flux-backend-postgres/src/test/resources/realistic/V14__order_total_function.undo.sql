DROP FUNCTION order_total_cents(bigint);
