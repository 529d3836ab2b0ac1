CREATE OR REPLACE SQL SECURITY INVOKER VIEW product_ratings AS
SELECT p.id AS product_id, p.name, ROUND(AVG(r.rating), 2) AS rating, COUNT(r.id) AS reviews
FROM products p LEFT JOIN product_reviews r ON r.product_id = p.id
GROUP BY p.id, p.name;
