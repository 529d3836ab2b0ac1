CREATE TABLE product_reviews (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id INT NOT NULL,
  account_id BIGINT UNSIGNED NOT NULL,
  rating TINYINT NOT NULL,
  body VARCHAR(2000) NULL,
  CONSTRAINT chk_reviews_rating CHECK (rating BETWEEN 1 AND 5),
  CONSTRAINT uq_reviews_once UNIQUE (product_id, account_id),
  CONSTRAINT fk_reviews_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
  CONSTRAINT fk_reviews_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
