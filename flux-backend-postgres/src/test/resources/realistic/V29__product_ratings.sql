CREATE MATERIALIZED VIEW product_ratings AS
SELECT product_id,
       round(avg(rating), 2) AS average_rating,
       count(*)              AS review_count
  FROM product_reviews
 GROUP BY product_id;

-- REFRESH MATERIALIZED VIEW CONCURRENTLY needs a unique index.
CREATE UNIQUE INDEX product_ratings_product_id ON product_ratings (product_id);
