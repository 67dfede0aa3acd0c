// The raw pipeline's board side: a bare node:http SSE server on one LISTEN (postgres.js), reading
// the changed call once per NOTIFY and writing the same bytes to every open stream. With
// baseline-server.mjs (webhook → persist + NOTIFY) it is the floor the app's board latency is
// compared with: no auth, no Next, no batching, no back-pressure.
//
// env: PORT, DATABASE_URL, BENCH_CHANNEL
import http from "node:http";
import postgres from "postgres";

const { PORT, DATABASE_URL, BENCH_CHANNEL } = process.env;
const sql = postgres(DATABASE_URL, { max: 4, onnotice: () => {} });
const clients = new Set();
let nextId = 1;

await sql.listen(BENCH_CHANNEL, async (payload) => {
  const [, callId] = payload.split(":");
  const [row] = await sql`select provider_call_id, status, updated_at from calls where id = ${callId}`;
  if (!row) return;
  const data = JSON.stringify({ providerCallId: row.provider_call_id, status: row.status, updatedAt: row.updated_at.toISOString() });
  const frame = Buffer.from(`id: ${nextId++}\nevent: call\ndata: ${data}\n\n`);
  for (const res of clients) res.write(frame);
});

const server = http.createServer((req, res) => {
  if (req.url === "/health") return res.end("ok");
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  res.write("retry: 2000\n\nevent: ready\ndata: {}\n\n");
  clients.add(res);
  req.on("close", () => clients.delete(res));
});
server.listen(Number(PORT), "127.0.0.1", () => console.log(`baseline live on 127.0.0.1:${PORT}`));

const stop = () => {
  for (const res of clients) res.end();
  server.close();
  sql.end({ timeout: 2 }).finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
