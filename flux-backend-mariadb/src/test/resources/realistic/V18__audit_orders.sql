-- No DELIMITER: flux keeps the BEGIN ... END body of a trigger together.
CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW
BEGIN
  IF NEW.status <> OLD.status THEN
    INSERT INTO audit_log (entity, entity_id, change_set)
    VALUES ('order', NEW.id, JSON_OBJECT('from', OLD.status, 'to', NEW.status));
  END IF;
END;
