CREATE TYPE "public"."appointment_status" AS ENUM('booked', 'confirmed', 'cancelled', 'done');--> statement-breakpoint
ALTER TYPE "public"."attention_kind" ADD VALUE 'over_capacity';--> statement-breakpoint
ALTER TABLE "appointments" ALTER COLUMN "source_call_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "jobs_per_slot" integer;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "appointment_minutes" integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "status" "appointment_status" DEFAULT 'booked' NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "over_capacity" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_workspace_id_starts_at_index" ON "appointments" USING btree ("workspace_id","starts_at");