CREATE TABLE "outcome_daily" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"purpose" "call_purpose" NOT NULL,
	"assistant_id" uuid NOT NULL,
	"placed_by" uuid,
	"status" "call_status" NOT NULL,
	"answered_by" "answered_by",
	"outcome_type" text,
	"needs_review" boolean NOT NULL,
	"reviewed" boolean NOT NULL,
	"calls" integer NOT NULL,
	"duration_sum" bigint NOT NULL,
	"duration_count" integer NOT NULL,
	"callbacks_open" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "outcome_daily_key" UNIQUE NULLS NOT DISTINCT("workspace_id","day","purpose","assistant_id","placed_by","status","answered_by","outcome_type","needs_review","reviewed")
);
--> statement-breakpoint
CREATE TABLE "outcome_daily_rollups" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"dimension" text NOT NULL,
	"key" text,
	"answered_by" "answered_by",
	"outcome_type" text,
	"open_review" boolean NOT NULL,
	"calls" integer NOT NULL,
	"duration_sum" bigint NOT NULL,
	"duration_count" integer NOT NULL,
	"callbacks_open" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "outcome_daily_rollups_key" UNIQUE NULLS NOT DISTINCT("workspace_id","dimension","day","key","answered_by","outcome_type","open_review")
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "callback_open" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_daily" ADD CONSTRAINT "outcome_daily_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_daily_rollups" ADD CONSTRAINT "outcome_daily_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_phone_trgm_idx" ON "calls" USING gin ("phone_number" gin_trgm_ops);