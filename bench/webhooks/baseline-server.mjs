// The benchmark's baseline: a bare node:http + postgres.js receiver doing the app's persist-and-notify.
//
// It does the same work per webhook as the app's hot path, and nothing else: read the raw body,
// verify the Standard Webhooks signature (HMAC-SHA256 over "id.timestamp.body", base64, constant-
// time compare, 5-minute tolerance), parse the envelope, and run the app's own PERSIST_EVENT_SQL
// (update call + insert event + pg_notify, one statement, one round trip) as a prepared statement.
//
// The SQL text is not copied: run.mjs imports lib/webhooks/persist-sql.ts (through tsx) and hands
// the exact string over in BENCH_PERSIST_SQL, so the baseline can never drift from the app.
//
// env: PORT, DATABASE_URL, WEBHOOK_SECRET (whsec_…), BENCH_PERSIST_SQL
import http from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";
import postgres from "postgres";

const { PORT, DATABASE_URL, WEBHOOK_SECRET, BENCH_PERSIST_SQL } = process.env;
if (!PORT || !DATABASE_URL || !WEBHOOK_SECRET || !BENCH_PERSIST_SQL) {
  console.error("baseline-server: PORT, DATABASE_URL, WEBHOOK_SECRET and BENCH_PERSIST_SQL are required");
  process.exit(2);
}

// Same pool size as the app (db/index.ts).
const sql = postgres(DATABASE_URL, { max: 10, onnotice: () => {} });
const STATUS_OF = {
  "voice_call.queued": null,
  "voice_call.dialing": null,
  "voice_call.ringing": null,
  "voice_call.in_progress": null,
  "voice_call.completed": null,
  "voice_call.failed": null,
};

function verify(headers, body) {
  const id = headers["webhook-id"];
  const ts = headers["webhook-timestamp"];
  const sig = headers["webhook-signature"];
  if (!id || !ts || !sig || !/^\d{1,15}$/.test(ts)) return null;
  if (Math.abs(Math.floor(Date.now() / 1000) - Number(ts)) > 300) return null;
  // Decoded per request, as the app does.
  const key = Buffer.from(WEBHOOK_SECRET.slice("whsec_".length), "base64");
  const expected = Buffer.from(createHmac("sha256", key).update(`${id}.${ts}.${body}`).digest("base64"));
  let ok = false;
  for (const entry of sig.split(" ")) {
    if (!entry.startsWith("v1,")) continue;
    const got = Buffer.from(entry.slice(3));
    if (got.length === expected.length && timingSafeEqual(got, expected)) ok = true;
  }
  return ok ? id : null;
}

function reply(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/health") return reply(res, 200, { ok: true });
  if (req.method !== "POST") return reply(res, 405, { ok: false });
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    try {
      const raw = Buffer.concat(chunks).toString("utf8");
      const webhookId = verify(req.headers, raw);
      if (!webhookId) return reply(res, 401, { ok: false, error: "Invalid signature" });
      let ev;
      try {
        ev = JSON.parse(raw);
      } catch {
        return reply(res, 400, { ok: false, error: "The body is not JSON" });
      }
      if (
        typeof ev?.event !== "string" ||
        typeof ev.call_id !== "string" ||
        typeof ev.timestamp !== "string" ||
        typeof ev.data !== "object"
      ) {
        return reply(res, 400, { ok: false, error: "invalid envelope" });
      }
      const known = ev.event in STATUS_OF;
      const occurredAt = new Date(ev.timestamp).toISOString();
      const params = [
        ev.call_id,
        webhookId,
        ev.event,
        occurredAt,
        JSON.stringify({ event: ev.event, call_id: ev.call_id, timestamp: occurredAt, data: ev.data }),
        known ? ev.data.status : null,
        known && ev.event === "voice_call.in_progress" ? (ev.data.answered_by ?? null) : null,
        known && ev.event === "voice_call.queued" ? (ev.data.estimated_wait ?? null) : null,
      ];
      const [row] = await sql.unsafe(BENCH_PERSIST_SQL, params, { prepare: true });
      if (!row?.call_id) return reply(res, 202, { ok: true, result: "unknown_call" });
      return reply(res, 200, { ok: true, result: row.inserted ? "applied" : "duplicate" });
    } catch (error) {
      console.error("baseline-server:", error);
      reply(res, 500, { ok: false, error: "internal" });
    }
  });
});

server.listen(Number(PORT), "127.0.0.1", () => console.log(`baseline listening on 127.0.0.1:${PORT}`));

const stop = () => {
  server.close();
  sql.end({ timeout: 2 }).finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
