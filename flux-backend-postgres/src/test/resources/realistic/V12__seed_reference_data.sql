INSERT INTO categories (slug, name) VALUES
    ('books', 'Books'),
    ('games', 'Games & Puzzles'),
    ('garden', 'House; Garden');

INSERT INTO categories (parent_id, slug, name)
SELECT id, 'board-games', 'Board games' FROM categories WHERE slug = 'games';

INSERT INTO accounts (email, display_name, password_hash, role) VALUES
    ('Ops@Example.org', 'Shop Operations', '!disabled', 'admin'),
    ('o''brien@example.org', 'Mary O''Brien', '!disabled', 'staff');
