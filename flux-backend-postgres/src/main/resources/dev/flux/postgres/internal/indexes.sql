-- The indexes that back no constraint, of the tables of a schema (parameter 1; the history table,
-- parameter 2, left out). Each key is 'column:<name>' for a plain column, else the expression as
-- PostgreSQL prints it.
WITH t AS (
    SELECT c.oid, c.relname
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname <> ?
)
SELECT t.relname,
       i.relname AS name,
       quote_ident(i.relname) AS quoted,
       pg_get_indexdef(x.indexrelid) AS definition,
       x.indisvalid AS valid,
       ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(x.indexrelid, k.i::int, false)
                         ELSE 'column:' || a.attname END
               FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, i)
               LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
              ORDER BY k.i) AS keys
  FROM t
  JOIN pg_index x ON x.indrelid = t.oid
  JOIN pg_class i ON i.oid = x.indexrelid
 WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con
                    WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                      AND con.contype IN ('p', 'u', 'x'))
