-- Written the way the mariadb client wants it.
DELIMITER $$
CREATE TRIGGER products_updated_at BEFORE UPDATE ON products
FOR EACH ROW
BEGIN
  IF NEW.price <> OLD.price OR NEW.name <> OLD.name THEN
    SET NEW.updated_at = NOW(3);
  END IF;
END$$
DELIMITER ;
