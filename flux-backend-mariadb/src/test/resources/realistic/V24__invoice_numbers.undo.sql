ALTER TABLE orders DROP INDEX uq_orders_invoice, DROP COLUMN invoice_number;
DROP SEQUENCE invoice_numbers;
