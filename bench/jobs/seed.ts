// Seeds the jobs benchmark: one workspace and a finished call without a transcript, then JOBS
// fetch_transcript jobs for it. The real handler reads the call and completes the job (two queries),
// so the benchmark measures the queue: claiming, running and settling, not the provider.
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { migrate } from "@/db/migrate";
import { createWorkspace } from "@/db/testing/factories";
import { createSentCall } from "@/db/testing/call-factory";

const count = Number(process.argv[2] ?? 10_000);
await migrate();
const workspace = await createWorkspace();
const { call } = await createSentCall(workspace, { status: "completed" });
await db.execute(sql`insert into jobs (kind, workspace_id, payload, run_at)
  select 'fetch_transcript', ${workspace.id}::uuid, jsonb_build_object('workspaceId', ${workspace.id}::text, 'callId', ${call.id}::text), now()
  from generate_series(1, ${count})`);
await db.execute(sql`analyze jobs`);
console.log(JSON.stringify({ jobs: count }));
process.exit(0);
