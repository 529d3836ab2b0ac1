CREATE TABLE coupons (
  code VARCHAR(20) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  percent_off TINYINT UNSIGNED NOT NULL,
  valid_until DATE NULL,
  CONSTRAINT chk_coupons_percent CHECK (percent_off BETWEEN 1 AND 100)
);
