DROP TRIGGER orders_total_checked;
