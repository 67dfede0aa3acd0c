CREATE TYPE "public"."breaker_state" AS ENUM('closed', 'open', 'half_open');--> statement-breakpoint
ALTER TYPE "public"."call_status" ADD VALUE 'unknown';--> statement-breakpoint
CREATE TABLE "provider_breaker" (
	"id" text PRIMARY KEY DEFAULT 'provider' NOT NULL,
	"state" "breaker_state" DEFAULT 'closed' NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone,
	"retry_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "jobs_run_at_index";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "workspace_id" uuid;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "locked_by" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "dead_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "jobs_locked_by_idx" ON "jobs" USING btree ("locked_by") WHERE locked_by is not null;--> statement-breakpoint
CREATE INDEX "jobs_dead_idx" ON "jobs" USING btree ("workspace_id","dead_at") WHERE dead_at is not null;--> statement-breakpoint
CREATE INDEX "jobs_done_at_idx" ON "jobs" USING btree ("done_at") WHERE done_at is not null;--> statement-breakpoint
CREATE INDEX "jobs_run_at_index" ON "jobs" USING btree ("run_at") WHERE done_at is null and dead_at is null;