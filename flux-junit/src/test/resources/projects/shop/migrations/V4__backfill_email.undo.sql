UPDATE users SET email = NULL WHERE email = LOWER(name) || '@example.com';
