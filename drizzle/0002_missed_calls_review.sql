CREATE TYPE "public"."missed_call_reason" AS ENUM('after_hours', 'no_answer', 'abandoned', 'busy');--> statement-breakpoint
CREATE TYPE "public"."missed_call_status" AS ENUM('open', 'calling', 'resolved', 'dismissed');--> statement-breakpoint
ALTER TYPE "public"."call_status" ADD VALUE 'scheduled' BEFORE 'pending';--> statement-breakpoint
CREATE TABLE "do_not_call_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"customer_id" uuid,
	"source" text NOT NULL,
	"reason" text,
	"source_call_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"annotations" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_rejections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"raw_body" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "ingest_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "missed_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"from_phone" text NOT NULL,
	"to_phone" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"caller_name" text,
	"reason" "missed_call_reason",
	"voicemail_url" text,
	"customer_id" uuid NOT NULL,
	"status" "missed_call_status" DEFAULT 'open' NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	"call_id" uuid,
	"resolved_at" timestamp with time zone,
	"dismissed_by" uuid,
	"dismissed_reason" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "missed_calls_workspaceId_externalId_unique" UNIQUE("workspace_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "calls_workspace_id_created_at_index";--> statement-breakpoint
DROP INDEX "calls_workspace_id_customer_id_index";--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "sla_warn_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "sla_breach_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "default_callback_assistant_id" uuid;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "auto_retry" jsonb DEFAULT '{"enabled":false,"maxAttempts":2,"spacingMinutes":60}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "verified" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "compliance" jsonb;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "scheduled_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "retry_of_call_id" uuid;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "attempt" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "rating" integer;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "original_outcome" jsonb;--> statement-breakpoint
ALTER TABLE "do_not_call_entries" ADD CONSTRAINT "do_not_call_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "do_not_call_entries" ADD CONSTRAINT "do_not_call_entries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "do_not_call_entries" ADD CONSTRAINT "do_not_call_entries_source_call_id_calls_id_fk" FOREIGN KEY ("source_call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "do_not_call_entries" ADD CONSTRAINT "do_not_call_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_rejections" ADD CONSTRAINT "ingest_rejections_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_tokens" ADD CONSTRAINT "ingest_tokens_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_tokens" ADD CONSTRAINT "ingest_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_tokens" ADD CONSTRAINT "ingest_tokens_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_calls" ADD CONSTRAINT "missed_calls_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_calls" ADD CONSTRAINT "missed_calls_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_calls" ADD CONSTRAINT "missed_calls_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_calls" ADD CONSTRAINT "missed_calls_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missed_calls" ADD CONSTRAINT "missed_calls_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "do_not_call_entries_workspace_id_phone_index" ON "do_not_call_entries" USING btree ("workspace_id","phone");--> statement-breakpoint
CREATE INDEX "ingest_tokens_workspace_id_index" ON "ingest_tokens" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "missed_calls_workspace_id_status_occurred_at_index" ON "missed_calls" USING btree ("workspace_id","status","occurred_at");--> statement-breakpoint
CREATE INDEX "missed_calls_call_id_index" ON "missed_calls" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "audit_log_workspace_id_created_at_index" ON "audit_log" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_type_entity_id_index" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_workspace_id_created_at_id_index" ON "calls" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "calls_workspace_id_customer_id_created_at_index" ON "calls" USING btree ("workspace_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "calls_search_idx" ON "calls" USING gin (to_tsvector('english', coalesce("ai_summary", '') || ' ' || coalesce("outcome"->>'notes', '') || ' ' || coalesce("review_note", '')));--> statement-breakpoint
CREATE INDEX "transcripts_search_idx" ON "transcripts" USING gin (to_tsvector('english', "utterances"));