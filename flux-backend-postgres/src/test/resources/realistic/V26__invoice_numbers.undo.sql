ALTER TABLE orders DROP COLUMN invoice_number;
DROP SEQUENCE invoice_number_seq;
