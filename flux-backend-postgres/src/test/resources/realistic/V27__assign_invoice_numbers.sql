CREATE PROCEDURE assign_invoice_numbers()
LANGUAGE plpgsql
AS $proc$
BEGIN
    UPDATE orders
       SET invoice_number = nextval('invoice_number_seq')
     WHERE status = 'paid' AND invoice_number IS NULL;
END
$proc$;
