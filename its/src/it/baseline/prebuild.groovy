import dev.flux.its.H2Database

// The schema of V1 and V2, made by hand before flux came.
H2Database.create(basedir, 'target/flux/db',
        'CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)',
        'CREATE TABLE roles (user_id INT NOT NULL, name VARCHAR(20) NOT NULL)',
        "INSERT INTO users VALUES (1, 'ada')")
true
