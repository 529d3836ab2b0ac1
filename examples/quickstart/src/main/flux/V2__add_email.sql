ALTER TABLE users ADD COLUMN email VARCHAR(200);
CREATE UNIQUE INDEX users_email ON users (email);
