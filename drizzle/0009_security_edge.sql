CREATE TYPE "public"."sign_in_outcome" AS ENUM('failed', 'throttled');--> statement-breakpoint
ALTER TYPE "public"."dead_letter_reason" ADD VALUE 'too_large';--> statement-breakpoint
ALTER TYPE "public"."dead_letter_reason" ADD VALUE 'rate_limited';--> statement-breakpoint
ALTER TYPE "public"."dead_letter_reason" ADD VALUE 'unstorable';--> statement-breakpoint
ALTER TYPE "public"."dead_letter_reason" ADD VALUE 'store_failed';--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"address" text NOT NULL,
	"outcome" "sign_in_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"account_key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "webhook_dead_letters" ADD COLUMN "body_sha256" text;--> statement-breakpoint
ALTER TABLE "webhook_dead_letters" ADD COLUMN "body_bytes" integer;--> statement-breakpoint
ALTER TABLE "webhook_dead_letters" ADD COLUMN "body_truncated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_dead_letters" ADD COLUMN "source_address" text;--> statement-breakpoint
ALTER TABLE "ingest_rejections" ADD COLUMN "body_sha256" text;--> statement-breakpoint
ALTER TABLE "sign_in_audit" ADD CONSTRAINT "sign_in_audit_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_window_start_index" ON "rate_limit_buckets" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "sign_in_audit_email_created_at_index" ON "sign_in_audit" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_audit_created_at_index" ON "sign_in_audit" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "webhook_dead_letters_received_at_index" ON "webhook_dead_letters" USING btree ("received_at");