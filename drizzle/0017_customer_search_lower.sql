DROP INDEX "customers_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "customers" drop column "search_text";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(preferred_name, '') || ' ' || coalesce(address, ''))) STORED;--> statement-breakpoint
CREATE INDEX "customers_search_lower_trgm_idx" ON "customers" USING gin ("search_text" gin_trgm_ops);