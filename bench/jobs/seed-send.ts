// Seeds the send-jobs benchmark: one workspace and assistant, then JOBS calls waiting to be sent
// (status pending, a due send_call job each), as placeCall leaves them when the provider could not
// be reached. Numbers end in 2000–9999, which the fake provider simply accepts.
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { migrate } from "@/db/migrate";
import { createAssistant, createWorkspace } from "@/db/testing/factories";
import { createPendingCall } from "@/db/testing/call-factory";

const count = Number(process.argv[2] ?? 1000);
if (count > 8000) throw new Error("at most 8,000 calls (one number each, 2000–9999)");
await migrate();
const workspace = await createWorkspace();
const assistant = await createAssistant(workspace);
for (let i = 0; i < count; i++) await createPendingCall(workspace, { assistant, phone: `+1213555${2000 + i}` });
await db.execute(sql`analyze jobs`);
console.log(JSON.stringify({ jobs: count }));
process.exit(0);
