-- Orders API: a package spec and body, as a team keeps them in one migration.
CREATE OR REPLACE PACKAGE orders_api AS
  -- a constant with a slash and a semicolon in it
  c_separator CONSTANT VARCHAR2(3) := ' / ';
  c_note      CONSTANT VARCHAR2(20) := q'[it's; done]';
  FUNCTION total(p_order_id IN NUMBER) RETURN NUMBER;
  PROCEDURE cancel(p_order_id IN NUMBER);
END orders_api;
/

CREATE OR REPLACE PACKAGE BODY orders_api AS
  g_loaded BOOLEAN := FALSE;

  FUNCTION total(p_order_id IN NUMBER) RETURN NUMBER IS
    l_total NUMBER := 0;
  BEGIN
    FOR r IN (SELECT qty, price FROM order_lines WHERE order_id = p_order_id) LOOP
      l_total := l_total + r.qty * r.price / 1;
    END LOOP;
    RETURN l_total;
  END total;

  PROCEDURE cancel(p_order_id IN NUMBER) IS
  BEGIN
    DECLARE
      l_state VARCHAR2(10);
    BEGIN
      SELECT state INTO l_state FROM orders WHERE id = p_order_id;
      CASE l_state
        WHEN 'OPEN' THEN
          UPDATE orders SET state = 'CANCELLED' WHERE id = p_order_id;
        ELSE
          raise_application_error(-20001, 'order ' || p_order_id || ' is ' || l_state || '; cannot cancel');
      END CASE;
    EXCEPTION
      WHEN no_data_found THEN
        NULL; /* nothing to cancel;
        /
        not a terminator inside a comment */
    END;
  END cancel;
BEGIN
  -- initialisation section
  g_loaded := TRUE;
END orders_api;
/
