DELIMITER $$
CREATE PROCEDURE assign_invoice_numbers()
  MODIFIES SQL DATA
BEGIN
  DECLARE done INT DEFAULT FALSE;
  DECLARE v_id BIGINT UNSIGNED;
  DECLARE paid CURSOR FOR SELECT id FROM orders WHERE status = 'paid' AND invoice_number IS NULL ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
  OPEN paid;
  numbering: LOOP
    FETCH paid INTO v_id;
    IF done THEN
      LEAVE numbering;
    END IF;
    UPDATE orders SET invoice_number = NEXT VALUE FOR invoice_numbers WHERE id = v_id;
  END LOOP numbering;
  CLOSE paid;
END$$
DELIMITER ;
CALL assign_invoice_numbers();
