DELIMITER //
CREATE FUNCTION order_total(p_order BIGINT UNSIGNED) RETURNS DECIMAL(12, 2)
  READS SQL DATA
  COMMENT 'the sum of an order''s items; 0 for none'
BEGIN
  DECLARE total DECIMAL(12, 2);
  SELECT COALESCE(SUM(quantity * unit_price), 0) INTO total FROM order_items WHERE order_id = p_order;
  RETURN total;
END //
DELIMITER ;
