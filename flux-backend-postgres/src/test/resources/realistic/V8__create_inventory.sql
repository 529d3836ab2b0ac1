CREATE TABLE inventory (
    product_id bigint  PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    quantity   integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    reserved   integer NOT NULL DEFAULT 0,
    CONSTRAINT inventory_reserved_within_quantity CHECK (reserved BETWEEN 0 AND quantity)
);
