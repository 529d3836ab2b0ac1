SET DEFINE OFF
SET SERVEROUTPUT ON
WHENEVER SQLERROR EXIT FAILURE ROLLBACK
SPOOL V7__orders.log
REM ---------------------------------------------------------------
REM  Orders: table, sequence, view, seed data, statistics
REM ---------------------------------------------------------------
PROMPT Creating ORDERS
CREATE TABLE orders (
  id       NUMBER(10) NOT NULL,
  customer VARCHAR2(100 CHAR) NOT NULL,
  state    VARCHAR2(10 CHAR) DEFAULT 'OPEN' NOT NULL,
  CONSTRAINT orders_pk PRIMARY KEY (id)
);

CREATE SEQUENCE orders_seq START WITH 1 CACHE 20;

COMMENT ON TABLE orders IS 'Orders; one row per order';

PROMPT Seeding
INSERT INTO orders (id, customer) VALUES (orders_seq.NEXTVAL, 'AT&T');
INSERT INTO orders (id, customer) VALUES (orders_seq.NEXTVAL, q'[O'Brien; Sons]');
COMMIT;

CREATE OR REPLACE VIEW open_orders AS
  WITH o AS (SELECT id, customer FROM orders WHERE state = 'OPEN')
  SELECT id, customer FROM o;

CREATE OR REPLACE PROCEDURE close_order(p_id IN NUMBER) AS
BEGIN
  UPDATE orders SET state = 'CLOSED' WHERE id = p_id;
  dbms_output.put_line('closed ' || p_id);
END close_order;
/
SHOW ERRORS

EXEC dbms_stats.gather_table_stats(USER, 'ORDERS')
exec close_order(1);

DECLARE
  l_count NUMBER;
BEGIN
  SELECT COUNT(*) INTO l_count FROM open_orders;
  dbms_output.put_line(l_count || ' open');
END;
/
SPOOL OFF
PROMPT Done
