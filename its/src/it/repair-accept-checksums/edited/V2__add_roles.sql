-- Roles every account may be given.
CREATE TABLE roles (name VARCHAR(50) PRIMARY KEY);
INSERT INTO roles VALUES ('admin');
