CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 1;
ALTER TABLE orders ADD COLUMN invoice_number BIGINT NULL, ADD UNIQUE KEY uq_orders_invoice (invoice_number);
