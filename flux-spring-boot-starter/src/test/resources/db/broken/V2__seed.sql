INSERT INTO users (id, name) VALUES (1, 'a');
INSERT INTO users (id, nme) VALUES (2, 'b');
