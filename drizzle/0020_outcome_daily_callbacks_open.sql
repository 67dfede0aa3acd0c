ALTER TABLE "calls" ADD COLUMN "callback_open" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_daily" ADD COLUMN "callbacks_open" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_daily_rollups" ADD COLUMN "callbacks_open" integer DEFAULT 0 NOT NULL;