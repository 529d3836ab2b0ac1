CREATE FULLTEXT INDEX ft_products_text ON products (name, description);
