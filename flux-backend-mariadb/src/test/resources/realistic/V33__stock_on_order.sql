-- As mysqldump writes triggers: DELIMITER ;; and executable comments.
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=CURRENT_USER*/ /*!50003 TRIGGER order_items_stock AFTER INSERT ON order_items
FOR EACH ROW BEGIN
  UPDATE inventory SET quantity = quantity - NEW.quantity WHERE product_id = NEW.product_id;
END */;;
DELIMITER ;
