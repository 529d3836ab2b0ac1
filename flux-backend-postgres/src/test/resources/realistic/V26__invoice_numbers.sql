CREATE SEQUENCE invoice_number_seq AS bigint START WITH 1000;

ALTER TABLE orders ADD COLUMN invoice_number bigint UNIQUE;
