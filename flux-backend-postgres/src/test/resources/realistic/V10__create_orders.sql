CREATE TABLE orders (
    id                  bigserial PRIMARY KEY,
    account_id          bigint       NOT NULL REFERENCES accounts (id),
    status              order_status NOT NULL DEFAULT 'pending',
    shipping_address_id integer      REFERENCES addresses (id) ON DELETE SET NULL,
    total_cents         bigint       NOT NULL DEFAULT 0,
    placed_at           timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX orders_account_placed_idx ON orders (account_id, placed_at DESC);
