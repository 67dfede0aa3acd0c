ALTER TABLE "calls" ADD COLUMN "customer_time_zone" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "sending_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "canceled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "canceled_by" uuid;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_canceled_by_users_id_fk" FOREIGN KEY ("canceled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;