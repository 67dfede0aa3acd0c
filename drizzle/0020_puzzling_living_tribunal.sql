CREATE TYPE "public"."campaign_row_state" AS ENUM('queued', 'waiting', 'dialing', 'calling', 'done', 'refused', 'failed', 'canceled');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'running', 'paused', 'completed', 'canceled');--> statement-breakpoint
CREATE TYPE "public"."lead_status" AS ENUM('open', 'calling', 'resolved', 'dismissed');--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"address" text,
	"service_requested" text,
	"source" text NOT NULL,
	"notes" text,
	"customer_id" uuid NOT NULL,
	"status" "lead_status" DEFAULT 'open' NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	"call_id" uuid,
	"first_call_id" uuid,
	"auto_call_note" text,
	"created_by" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"dismissed_by" uuid,
	"dismissed_reason" text,
	CONSTRAINT "leads_workspaceId_externalId_unique" UNIQUE("workspace_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"customer_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" "campaign_row_state" DEFAULT 'queued' NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"next_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dial_started_at" timestamp with time zone,
	"call_id" uuid,
	"outcome_type" text,
	"reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_rows_campaignId_customerId_unique" UNIQUE("campaign_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" "call_purpose" NOT NULL,
	"assistant_id" uuid NOT NULL,
	"context_template" text NOT NULL,
	"slots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text NOT NULL,
	"daily_start_minute" integer NOT NULL,
	"daily_end_minute" integer NOT NULL,
	"rate_per_minute" integer NOT NULL,
	"max_in_flight" integer NOT NULL,
	"retry_on" text[] DEFAULT '{}' NOT NULL,
	"retry_after_hours" integer DEFAULT 4 NOT NULL,
	"max_attempts" integer DEFAULT 1 NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"pace_tokens" real DEFAULT 0 NOT NULL,
	"pace_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "lead_assistant_id" uuid;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "campaign_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_first_call_id_calls_id_fk" FOREIGN KEY ("first_call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rows" ADD CONSTRAINT "campaign_rows_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rows" ADD CONSTRAINT "campaign_rows_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rows" ADD CONSTRAINT "campaign_rows_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rows" ADD CONSTRAINT "campaign_rows_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_assistant_id_assistants_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."assistants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_workspace_id_status_received_at_index" ON "leads" USING btree ("workspace_id","status","received_at");--> statement-breakpoint
CREATE INDEX "leads_call_id_index" ON "leads" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "leads_workspace_id_received_at_index" ON "leads" USING btree ("workspace_id","received_at");--> statement-breakpoint
CREATE INDEX "campaign_rows_campaign_id_state_next_at_index" ON "campaign_rows" USING btree ("campaign_id","state","next_at");--> statement-breakpoint
CREATE INDEX "campaign_rows_call_id_index" ON "campaign_rows" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "campaigns_workspace_id_created_at_index" ON "campaigns" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "calls_workspace_id_campaign_id_created_at_index" ON "calls" USING btree ("workspace_id","campaign_id","created_at") WHERE campaign_id is not null;