DROP TRIGGER order_items_stock;
