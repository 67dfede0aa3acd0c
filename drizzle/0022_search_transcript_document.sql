DROP INDEX "transcripts_search_idx";--> statement-breakpoint
DROP INDEX "calls_search_idx";--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "transcript_document" "tsvector";--> statement-breakpoint
CREATE INDEX "calls_search_idx" ON "calls" USING gin ((to_tsvector('english', coalesce("ai_summary", '') || ' ' || coalesce("outcome"->>'notes', '') || ' ' || coalesce("review_note", '')) || coalesce("transcript_document", ''::tsvector)));