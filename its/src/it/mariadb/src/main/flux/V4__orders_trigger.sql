DELIMITER //
CREATE TRIGGER orders_total_checked BEFORE INSERT ON orders FOR EACH ROW
BEGIN
  IF NEW.total < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an order total must not be negative';
  END IF;
END//
DELIMITER ;
