-- Views, indexes of materialized views, routines, triggers and extensions of a schema. Parameters: the
-- schema four times, the history table (whose triggers are left out), the schema. Objects that belong to
-- an extension are left out; the extension is listed instead.
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END AS kind,
       c.relname AS name,
       pg_get_viewdef(c.oid) || COALESCE(' WITH (' || array_to_string(c.reloptions, ', ') || ')', '') AS definition
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ? AND c.relkind IN ('v', 'm')
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
SELECT 'index', i.relname, pg_get_indexdef(x.indexrelid)
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class c ON c.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ? AND c.relkind = 'm'
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
       p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
       CASE WHEN p.prokind = 'a'
            THEN (SELECT 'AGGREGATE RETURNS ' || pg_get_function_result(p.oid)
                         || ' SFUNC ' || a.aggtransfn::regproc
                         || ' STYPE ' || format_type(a.aggtranstype, NULL)
                         || COALESCE(' FINALFUNC ' || NULLIF(a.aggfinalfn::oid, 0)::regproc, '')
                         || COALESCE(' INITCOND ' || quote_literal(a.agginitval), '')
                    FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
            ELSE pg_get_functiondef(p.oid) END
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = ?
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
UNION ALL
SELECT 'trigger', c.relname || '.' || tg.tgname, pg_get_triggerdef(tg.oid)
  FROM pg_trigger tg
  JOIN pg_class c ON c.oid = tg.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = ? AND NOT tg.tgisinternal AND c.relname <> ?
UNION ALL
SELECT 'extension', x.extname, 'version ' || x.extversion
  FROM pg_extension x
  JOIN pg_namespace n ON n.oid = x.extnamespace
 WHERE n.nspname = ?
