CREATE TABLE other (id INT);
