CREATE OR REPLACE TYPE money_t FORCE AS OBJECT (
  amount   NUMBER(12, 2),
  currency VARCHAR2(3 CHAR),
  CONSTRUCTOR FUNCTION money_t(amount NUMBER) RETURN SELF AS RESULT,
  MEMBER FUNCTION plus(other money_t) RETURN money_t,
  MAP MEMBER FUNCTION sort_key RETURN NUMBER
) NOT FINAL;
/
CREATE OR REPLACE TYPE BODY money_t AS
  CONSTRUCTOR FUNCTION money_t(amount NUMBER) RETURN SELF AS RESULT IS
  BEGIN
    SELF.amount := amount;
    SELF.currency := 'EUR';
    RETURN;
  END;

  MEMBER FUNCTION plus(other money_t) RETURN money_t IS
  BEGIN
    IF other.currency <> currency THEN
      raise_application_error(-20002, 'cannot add ' || other.currency || ' to ' || currency);
    END IF;
    RETURN money_t(amount + other.amount, currency);
  END;

  MAP MEMBER FUNCTION sort_key RETURN NUMBER IS
  BEGIN
    RETURN amount / 100;
  END;
END;
/
CREATE TABLE wallets (id NUMBER PRIMARY KEY, balance money_t);
