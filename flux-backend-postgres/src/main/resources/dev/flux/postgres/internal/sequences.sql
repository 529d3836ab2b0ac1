-- The sequences of a schema (parameter 1) with their definition, never their current value, and the
-- column that owns them (serial). Identity sequences belong to their column and are left out, and so are
-- those of extensions.
SELECT c.relname AS name,
       'AS ' || format_type(s.seqtypid, NULL) || ' START WITH ' || s.seqstart || ' INCREMENT BY ' || s.seqincrement
           || ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache
           || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE ' NO CYCLE' END AS definition,
       ot.relname AS owner_table,
       oa.attname AS owner_column,
       quote_ident(ot.relname) || '.' || quote_ident(oa.attname) AS owned_by
  FROM pg_sequence s
  JOIN pg_class c ON c.oid = s.seqrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                       AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
  LEFT JOIN pg_class ot ON ot.oid = d.refobjid
  LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
 WHERE n.nspname = ? AND d.deptype IS DISTINCT FROM 'i'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
