-- Primary key, unique, foreign key, check and exclusion constraints of the tables of a schema
-- (parameter 1; the history table, parameter 2, left out), with the columns they cover, in order.
WITH t AS (
    SELECT c.oid, c.relname
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname <> ?
)
SELECT t.relname,
       con.conname AS name,
       con.contype::text AS type,
       pg_get_constraintdef(con.oid) AS definition,
       ARRAY(SELECT a.attname::text
               FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.i) AS columns
  FROM t
  JOIN pg_constraint con ON con.conrelid = t.oid
 WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
