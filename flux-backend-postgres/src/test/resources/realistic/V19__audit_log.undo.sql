DROP FUNCTION audit_row();
DROP TABLE audit_log;
