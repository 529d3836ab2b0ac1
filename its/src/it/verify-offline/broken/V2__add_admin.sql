INSERT INTO users (id, name) VALUES (1, 'admin);
INSERT INTO users (id, name) VALUES (2, 'guest');
