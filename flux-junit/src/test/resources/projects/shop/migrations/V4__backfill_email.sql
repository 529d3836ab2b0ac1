UPDATE users SET email = LOWER(name) || '@example.com' WHERE email IS NULL;
