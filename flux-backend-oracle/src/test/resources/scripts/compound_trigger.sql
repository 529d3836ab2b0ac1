CREATE OR REPLACE TRIGGER order_lines_audit
  FOR INSERT OR UPDATE ON order_lines
  COMPOUND TRIGGER

  TYPE t_ids IS TABLE OF order_lines.id%TYPE;
  g_ids t_ids := t_ids();

  BEFORE STATEMENT IS
  BEGIN
    g_ids.DELETE;
  END BEFORE STATEMENT;

  AFTER EACH ROW IS
  BEGIN
    g_ids.EXTEND;
    g_ids(g_ids.LAST) := :new.id;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    FORALL i IN 1 .. g_ids.COUNT
      INSERT INTO audit_log (line_id, note) VALUES (g_ids(i), 'changed; see /log');
  END AFTER STATEMENT;
END order_lines_audit;
/
ALTER TRIGGER order_lines_audit ENABLE;
