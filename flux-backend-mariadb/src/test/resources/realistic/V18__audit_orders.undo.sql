DROP TRIGGER orders_audit;
