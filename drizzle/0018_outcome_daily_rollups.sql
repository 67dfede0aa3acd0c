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
	CONSTRAINT "outcome_daily_rollups_key" UNIQUE NULLS NOT DISTINCT("workspace_id","dimension","day","key","answered_by","outcome_type","open_review")
);
--> statement-breakpoint
ALTER TABLE "outcome_daily_rollups" ADD CONSTRAINT "outcome_daily_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;