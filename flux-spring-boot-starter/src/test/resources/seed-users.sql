INSERT INTO users (id, name) VALUES (9, 'seeded');
