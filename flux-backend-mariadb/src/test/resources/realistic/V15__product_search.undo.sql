DROP INDEX ft_products_text ON products;
