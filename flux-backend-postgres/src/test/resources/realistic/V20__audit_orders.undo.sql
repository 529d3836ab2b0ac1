DROP TRIGGER orders_audit ON orders;
