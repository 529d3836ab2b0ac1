DELETE FROM accounts WHERE email IN ('Ops@Example.org', 'o''brien@example.org');
DELETE FROM categories WHERE slug = 'board-games';
DELETE FROM categories WHERE slug IN ('books', 'games', 'garden');
