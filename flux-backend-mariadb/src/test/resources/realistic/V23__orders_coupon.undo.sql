ALTER TABLE orders DROP FOREIGN KEY fk_orders_coupon;
-- the index MariaDB made for the foreign key stays until dropped
ALTER TABLE orders DROP INDEX fk_orders_coupon;
ALTER TABLE orders DROP COLUMN coupon_code;
