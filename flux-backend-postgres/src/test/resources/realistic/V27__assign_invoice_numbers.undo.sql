DROP PROCEDURE assign_invoice_numbers();
