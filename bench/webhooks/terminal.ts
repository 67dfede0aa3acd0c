// Terminal webhook events, one statement against the transaction they used to take, in one run:
// a fresh PostgreSQL database, N calls in progress, then each call's `completed` event applied
// in-process (applyWebhookEvent, what the route does after verifying) with LANES at a time,
// alternating the two paths call by call so the machine's load falls on both alike.
// Round trips per event: one statement = 1; the transaction = BEGIN, the event statement, the
// call's terminal fields, each effect (transcript job, callback task …) and COMMIT = 5–7.
//   node --import tsx --conditions=react-server bench/webhooks/terminal.ts   (N=2000 LANES=8)
import { randomUUID } from "node:crypto";
import postgres from "postgres";

const N = Number(process.env.N ?? 2000);
const LANES = Number(process.env.LANES ?? 8);
/** alternate (default), one or transaction: which path the events take. */
const MODE = process.env.MODE ?? "alternate";
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const NAME = `callboard_bench_terminal_${process.pid}`;
const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${NAME}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${NAME}`;
process.env.DATABASE_URL = url.toString();
process.env.PGLITE_DIR = "";

try {
  const { handle } = await import("@/db");
  const { migrate } = await import("@/db/migrate");
  const { createAssistant, createCustomer, createWorkspace } = await import("@/db/testing/factories");
  const { callValues } = await import("@/db/testing/call-factory");
  const { calls } = await import("@/db/schema");
  const { applyWebhookEvent } = await import("@/lib/webhooks/apply-event");
  const { parseWebhookBody } = await import("@/lib/webhooks/envelope");
  const h = handle();
  await migrate(h);
  const ws = await createWorkspace();
  const assistant = await createAssistant(ws);
  const customer = await createCustomer(ws);
  const ids = Array.from({ length: N }, (_, i) => `call_bench_${i}_${randomUUID().slice(0, 8)}`);
  for (let i = 0; i < N; i += 500)
    await h.db
      .insert(calls)
      .values(
        ids
          .slice(i, i + 500)
          .map((providerCallId) =>
            callValues(ws, { customer, assistantId: assistant.id }, { status: "in_progress", answeredBy: "human", providerCallId }),
          ),
      );
  // The common completed event: an outcome (one with a callback task), a transcript to fetch.
  const outcomes = [
    { type: "callback_requested", notes: "Call back after 5", callback_at: "2026-12-02T17:00:00-08:00" },
    // (A booked appointment takes the transaction either way: its slot's capacity is checked.)
    { type: "not_interested" },
    { type: "information_provided", notes: "Gave the price" },
  ];
  const times: Record<string, number[]> = { "one statement": [], transaction: [] };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: LANES }, async () => {
      while (next < N) {
        const i = next++;
        const body = JSON.stringify({
          event: "voice_call.completed",
          call_id: ids[i],
          timestamp: new Date().toISOString(),
          data: {
            status: "completed",
            duration: 93,
            answered_by: "human",
            transcript_url: "https://media.example/t.json",
            outcome: outcomes[i % 3],
            ai_summary: "Done.",
          },
        });
        const parsed = parseWebhookBody(body);
        if (!parsed.ok) throw new Error(parsed.detail);
        const oneStatement = MODE === "alternate" ? i % 2 === 0 : MODE === "one";
        const t = performance.now();
        const result = await applyWebhookEvent(`msg_bench_${i}`, parsed.value, { oneStatement });
        times[oneStatement ? "one statement" : "transaction"].push(performance.now() - t);
        if (result.result !== "applied") throw new Error(`event ${i}: ${result.result}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)].toFixed(1);
  console.log(`terminal events: ${N} completed events, ${LANES} at a time, ${(N / seconds).toFixed(0)}/s overall`);
  for (const [name, xs] of Object.entries(times).filter(([, xs]) => xs.length > 0))
    console.log(`  ${name.padEnd(14)} p50 ${q(xs, 0.5)} ms  p99 ${q(xs, 0.99)} ms  (${xs.length} events)`);
  await h.close();
} catch (error) {
  console.error("bench failed:", error);
  process.exitCode = 1;
} finally {
  await admin.unsafe(`drop database if exists ${NAME} with (force)`);
  await admin.end();
}
