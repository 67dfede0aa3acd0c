ALTER TABLE "callback_tasks" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD COLUMN "call_id" uuid;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;