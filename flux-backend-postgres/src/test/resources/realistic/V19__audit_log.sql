CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text        NOT NULL,
    row_id     text        NOT NULL,
    action     char(1)     NOT NULL CHECK (action IN ('I', 'U', 'D')),
    changed_by text        NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    old_row    jsonb,
    new_row    jsonb
);

/* Generic row auditing. The body is dollar-quoted with a tag,
   and holds semicolons, quotes and a $$ of its own. */
CREATE FUNCTION audit_row() RETURNS trigger
LANGUAGE plpgsql
AS $audit$
DECLARE
    note text := 'it''s audited; don''t edit $$ by hand';
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO audit_log (table_name, row_id, action, old_row)
        VALUES (TG_TABLE_NAME, OLD.id::text, 'D', to_jsonb(OLD));
        RETURN OLD;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO audit_log (table_name, row_id, action, old_row, new_row)
        VALUES (TG_TABLE_NAME, NEW.id::text, 'U', to_jsonb(OLD), to_jsonb(NEW));
    ELSE
        INSERT INTO audit_log (table_name, row_id, action, new_row)
        VALUES (TG_TABLE_NAME, NEW.id::text, 'I', to_jsonb(NEW));
    END IF;
    RAISE DEBUG '%', note;
    RETURN NEW;
END;
$audit$;
