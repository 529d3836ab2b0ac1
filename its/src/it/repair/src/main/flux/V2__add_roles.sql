CREATE TABLE roles (name VARCHAR(20) PRIMARY KEY);
INSERT INTO roles VALUES ('admin'), ('admin');
