CREATE TABLE account_roles (
  account_id BIGINT UNSIGNED NOT NULL,
  role ENUM('customer', 'support', 'admin') NOT NULL DEFAULT 'customer',
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_roles_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
INSERT INTO account_roles (account_id, role) SELECT id, 'admin' FROM accounts WHERE email = 'ops@shop.example';
