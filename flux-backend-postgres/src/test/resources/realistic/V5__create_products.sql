CREATE TABLE products (
    id          bigserial PRIMARY KEY,
    sku         varchar(32) NOT NULL,
    name        text        NOT NULL,
    description text,
    price_cents integer     NOT NULL CHECK (price_cents >= 0),
    category_id integer     REFERENCES categories (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT products_sku_unique UNIQUE (sku)
);

CREATE INDEX products_category_idx ON products (category_id);
