CREATE TABLE product_reviews (
    id         bigserial PRIMARY KEY,
    product_id bigint      NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    account_id bigint      NOT NULL REFERENCES accounts (id),
    rating     smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_id, account_id)
);
