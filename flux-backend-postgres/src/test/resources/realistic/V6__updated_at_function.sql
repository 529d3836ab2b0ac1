-- Shared by every table with an updated_at column.
CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    -- keep updated_at honest; callers may not set it themselves
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
