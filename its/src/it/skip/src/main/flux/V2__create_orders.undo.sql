DROP INDEX orders_user;
DROP TABLE orders;
