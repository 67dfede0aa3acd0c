// N board clients on /api/live/calls, in their own process (forked by run.mjs) so that parsing
// 100 streams does not delay the load generator's clock, nor the other way round.
//
// Each client is a plain node:http GET with the signed-in session cookie; the stream is split on
// blank lines; every `event: call` message is stamped with its arrival time (one stamp per socket
// read, taken before parsing) and keeps the BoardCall's providerCallId and updatedAt.
//
// Correlation (see docs/benchmarks.md): the parent reports, per call, each applied webhook's send
// time and the commit timestamp it gave the call (webhook_events.received_at, the same now() the
// statement writes to calls.updated_at). A webhook is on a client's board at the first `call`
// message for that call whose updatedAt is at least that timestamp; latency = that arrival - send.
// This stays exact when the hub coalesces two changes into one message, or sends overlap.
//
// env: PORT, COOKIE, CLIENTS, SSE_PATH (/api/live/calls)
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { now, summarize } from "./lib.mjs";

const port = Number(process.env.PORT);
const cookie = process.env.COOKIE;
const count = Number(process.env.CLIENTS ?? 100);
const ssePath = process.env.SSE_PATH ?? "/api/live/calls";

const clients = [];
const loop = monitorEventLoopDelay({ resolution: 5 });

let collecting = false;

function connect(index) {
  const client = {
    index,
    pcids: [],
    updated: [],
    times: [],
    ready: false,
    ended: false,
    status: 0,
    resets: 0,
    reconnects: 0,
    lastId: "",
    req: null,
  };
  clients.push(client);
  return new Promise((resolve) => {
    setTimeout(() => resolve(client), 20_000).unref();
    open(client, resolve);
  });
}

/** Like EventSource: a stream the server ends is reopened with Last-Event-ID (a dropped slow client resumes). */
function reopen(client) {
  client.ended = true;
  if (collecting || !client.ready) return;
  client.reconnects += 1;
  setTimeout(() => open(client, () => {}), 500);
}

function open(client, resolve) {
  const headers = { cookie, accept: "text/event-stream" };
  if (client.lastId) headers["last-event-id"] = client.lastId;
  const req = http.get({ host: "127.0.0.1", port, path: ssePath, headers, agent: false }, (res) => {
    client.status = res.statusCode;
    if (res.statusCode !== 200) {
      res.resume();
      return resolve(client);
    }
    res.setEncoding("utf8");
    let buf = "";
    res.on("data", (chunk) => {
      const t = now();
      buf += chunk;
      let cut;
      while ((cut = buf.indexOf("\n\n")) !== -1) {
        const message = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        if (message.startsWith("id: ")) client.lastId = message.slice(4, message.indexOf("\n"));
        if (message.includes("event: call\n")) {
          const k = message.indexOf('"providerCallId":"');
          if (k === -1) continue;
          const start = k + 18;
          client.pcids.push(message.slice(start, message.indexOf('"', start)));
          const u = message.indexOf('"updatedAt":"');
          client.updated.push(u === -1 ? NaN : Date.parse(message.slice(u + 13, message.indexOf('"', u + 13))));
          client.times.push(t);
        } else if (message.includes("event: ready\n")) {
          client.ready = true;
          client.ended = false;
          resolve(client);
        } else if (message.includes("event: reset\n")) {
          client.resets += 1;
        }
      }
    });
    res.on("end", () => reopen(client));
    res.on("error", () => reopen(client));
  });
  req.on("error", () => {
    reopen(client);
    resolve(client);
  });
  client.req = req;
}

/** sends: { providerCallId: [[committedMs, sentAt], ...] } for every applied webhook of the phase. */
function collect({ sends, from }) {
  const latencies = [];
  const perClient = [];
  for (const c of clients) {
    const byCall = new Map();
    let received = 0,
      unrelated = 0;
    for (let i = 0; i < c.pcids.length; i++) {
      if (c.times[i] < from) continue;
      if (!sends[c.pcids[i]]) {
        unrelated += 1;
        continue;
      }
      received += 1;
      let a = byCall.get(c.pcids[i]);
      if (!a) byCall.set(c.pcids[i], (a = []));
      a.push(i);
    }
    let reflected = 0,
      missing = 0;
    for (const [pcid, list] of Object.entries(sends)) {
      const arrivals = byCall.get(pcid) ?? [];
      for (const [committedMs, sentAt] of list) {
        const hit = arrivals.find((i) => c.updated[i] >= committedMs);
        if (hit === undefined) missing += 1;
        else {
          reflected += 1;
          latencies.push(c.times[hit] - sentAt);
        }
      }
    }
    perClient.push({
      status: c.status,
      ready: c.ready,
      ended: c.ended,
      received,
      reflected,
      missing,
      unrelated,
      resets: c.resets,
      reconnects: c.reconnects,
    });
  }
  return {
    latency: summarize(latencies),
    perClient,
    loopDelayMs: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
  };
}

process.on("message", (msg) => {
  if (msg.type === "collect") {
    collecting = true;
    const result = collect(msg);
    for (const c of clients) c.req?.destroy();
    process.send({ type: "result", ...result }, () => process.exit(0));
  }
});

// Connect in small batches, as browsers opening the board would.
const started = now();
for (let i = 0; i < count; i += 10) {
  await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, k) => connect(i + k)));
}
loop.enable();
process.send({
  type: "ready",
  connected: clients.filter((c) => c.ready).length,
  statuses: [...new Set(clients.map((c) => c.status))],
  connectMs: now() - started,
});
