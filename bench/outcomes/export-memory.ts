// Runs the CSV export in this process, as the route does, and reports its time and memory: RSS
// sampled every 10 ms, and the kernel's high-water mark (maxRSS). Run it once per size; if
// memory is constant, a 100k-row export peaks where a 10k-row one does.
//   node --expose-gc --import tsx --conditions=react-server bench/outcomes/export-memory.ts 90
import { sql } from "drizzle-orm";
import { db, handle } from "@/db";
import { executeRows } from "@/db/raw";
import { createCallsCsvStream } from "@/lib/outcomes/export-csv";
import { addDays, periodFor, todayIn } from "@/lib/outcomes/period";
import { parseOutcomeFilters } from "@/lib/validation/outcomes";

const DAYS = Number(process.argv[2] ?? 90);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main() {
  const [ws] = await executeRows<{ id: string; timeZone: string }>(
    db,
    sql`select id, time_zone as "timeZone" from workspaces where slug = 'summit'`,
  );
  const [actor] = await executeRows<{ id: string }>(
    db,
    sql`select user_id as id from memberships where workspace_id = ${ws.id}::uuid and role = 'manager' limit 1`,
  );
  const today = todayIn(ws.timeZone, new Date());
  const filters = parseOutcomeFilters({ range: "custom", from: addDays(today, -(DAYS - 1)), to: today });

  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);

  const started = performance.now();
  const stream = await createCallsCsvStream({ workspace: ws, actorId: actor.id, filters, period: periodFor(filters, ws.timeZone) });
  const reader = stream.getReader();
  let bytes = 0;
  let lines = 0;
  let firstByteMs: number | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByteMs ??= performance.now() - started;
    bytes += value.byteLength;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(
    JSON.stringify({
      days: DAYS,
      rows: lines - 1,
      mb: mb(bytes),
      seconds: Math.round(seconds * 100) / 100,
      firstByteMs: Math.round(firstByteMs ?? 0),
      rssBaselineMb: mb(baseline),
      rssPeakMb: mb(peak),
      heapPeakMb: mb(peakHeap),
      maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    }),
  );
  await handle().close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
