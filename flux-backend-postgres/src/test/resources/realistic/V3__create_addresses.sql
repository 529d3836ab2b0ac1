CREATE TABLE addresses (
    id           serial PRIMARY KEY,
    account_id   bigint  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    line1        text    NOT NULL,
    line2        text,
    city         text    NOT NULL,
    postal_code  text    NOT NULL,
    country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    is_default   boolean NOT NULL DEFAULT false
);

CREATE INDEX addresses_account_id_idx ON addresses (account_id);

-- At most one default address per account.
CREATE UNIQUE INDEX addresses_one_default ON addresses (account_id) WHERE is_default;
