CREATE TABLE payments (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id     bigint      NOT NULL REFERENCES orders (id),
    amount_cents bigint      NOT NULL CHECK (amount_cents > 0),
    provider     text        NOT NULL,
    provider_ref text,
    received_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_ref)
);

CREATE INDEX payments_order_idx ON payments (order_id);
