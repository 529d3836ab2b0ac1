-- A few of the user's objects in a schema, to tell whether it is empty: relations (but flux's history
-- table), routines, user-defined types and extensions. Parameters: the schema, the history table, the
-- schema three times, the limit. Objects that belong to an extension are left out; the extension counts.
SELECT kind, name FROM (
SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
                      WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table'
                      ELSE 'type' END AS kind,
       c.relname AS name, CASE WHEN c.relkind IN ('r', 'p') THEN 0 ELSE 1 END AS rank
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') AND c.relname <> ?
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END, p.proname, 1
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = ?
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
UNION ALL
SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' ELSE 'type' END, t.typname, 1
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE n.nspname = ? AND t.typtype IN ('e', 'd', 'r')
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
UNION ALL
SELECT 'extension', x.extname, 1
  FROM pg_extension x
  JOIN pg_namespace n ON n.oid = x.extnamespace
 WHERE n.nspname = ?
) o ORDER BY rank, kind, name LIMIT CAST(? AS integer)
