-- The customers search matches any part of a name, address or number; pg_trgm indexes that.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
