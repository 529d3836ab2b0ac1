INSERT INTO messages (id, text) VALUES (1, q'[Don't stop; keep going]');
INSERT INTO messages (id, text) VALUES (2, q'{a;b}' || Q'(c;d)' || q'<e;f>' || q'!g;h!' || nq'#ï;ö#');
INSERT INTO messages (id, text) VALUES (3, q'[first line;
/
last line after a slash line]');
BEGIN
  INSERT INTO messages (id, text) VALUES (4, q'~BEGIN NULL; END;
/
~');
END;
/
SELECT COUNT(*) FROM messages WHERE text LIKE q'[%;%]';
