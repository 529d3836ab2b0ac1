-- The user-defined types of a schema (parameter 1): enums (labels in order), domains, composite types
-- and range types, without those that belong to an extension.
WITH t AS (
    SELECT t.*
      FROM pg_type t
      JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = ?
       AND NOT EXISTS (SELECT 1 FROM pg_depend e
                        WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
)
SELECT 'enum' AS kind,
       t.typname AS name,
       'ENUM (' || COALESCE(string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder), '') || ')'
           AS definition
  FROM t
  LEFT JOIN pg_enum e ON e.enumtypid = t.oid
 WHERE t.typtype = 'e'
 GROUP BY t.typname
UNION ALL
SELECT 'domain',
       t.typname,
       format_type(t.typbasetype, t.typtypmod)
           || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
           || COALESCE(' DEFAULT ' || t.typdefault, '')
           || COALESCE((SELECT ' ' || string_agg(pg_get_constraintdef(c.oid), ' ' ORDER BY pg_get_constraintdef(c.oid))
                          FROM pg_constraint c WHERE c.contypid = t.oid), '')
  FROM t
 WHERE t.typtype = 'd'
UNION ALL
SELECT 'type',
       t.typname,
       '(' || string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', '
                         ORDER BY a.attnum) || ')'
  FROM t
  JOIN pg_class r ON r.oid = t.typrelid AND r.relkind = 'c'
  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE t.typtype = 'c'
 GROUP BY t.typname
UNION ALL
SELECT 'range type', t.typname, 'RANGE (SUBTYPE = ' || format_type(g.rngsubtype, NULL) || ')'
  FROM t
  JOIN pg_range g ON g.rngtypid = t.oid
 WHERE t.typtype = 'r'
