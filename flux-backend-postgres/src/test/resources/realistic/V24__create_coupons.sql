CREATE TABLE coupons (
    code         text      PRIMARY KEY CHECK (code = upper(code)),
    percent_off  smallint  NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
    valid_during tstzrange NOT NULL
);
