// Shared pieces of the webhook benchmark: clock, statistics, the event generator and the HTTP client.
import http from "node:http";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const now = () => performance.timeOrigin + performance.now();

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarize(values) {
  const s = Float64Array.from(values).sort();
  return {
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s.length ? s[s.length - 1] : NaN,
    mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : NaN,
  };
}

/** Deterministic PRNG (mulberry32), so the app and the baseline get the same mix. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

const AGENTS = ["Ava", "Maya", "Nora", "Leo", "Sam", "Jordan"];
const SUMMARY_TAIL =
  " The customer confirmed the service address and asked whether the technician could call ahead, which the agent agreed to note on the job." +
  " They also asked about the diagnostic fee; the agent explained that it is waived when the repair goes ahead and that the technician quotes everything before starting." +
  " No other concerns were raised, and the customer thanked the team for following up so quickly after the last visit.";

function outcomeFor(r, at) {
  const type = pick(r, [
    "appointment_scheduled",
    "appointment_scheduled",
    "callback_requested",
    "information_provided",
    "information_provided",
    "not_interested",
    "payment_promised",
    "escalation_needed",
  ]);
  const base = { type, notes: `Outcome ${type.replace(/_/g, " ")} recorded by the assistant during the call.` };
  const later = (h) => new Date(at.getTime() + h * 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  if (type === "appointment_scheduled")
    return { ...base, appointment_id: `appt_${randomBytes(5).toString("hex")}`, appointment_start: later(26) };
  if (type === "callback_requested") return { ...base, callback_at: later(3) };
  if (type === "payment_promised") return { ...base, amount: 249.5, promised_date: later(72).slice(0, 10) };
  return base;
}

const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * One call's deliveries, in the order they are sent. The lifecycle is queued → dialing → ringing →
 * (in_progress → completed) | failed. ~10% of sends are duplicates (the same webhook-id and body
 * again, as a provider retry), ~10% are out of order (an earlier event arriving after a later one).
 */
export function callScript(r, { providerCallId, customerName, origin, noTerminal = false }) {
  const t0 = Date.now() - 120_000;
  const events = [];
  const add = (event, data, dt) => events.push({ event, data, at: t0 + dt * 1000 });
  add("voice_call.queued", { status: "queued", estimated_wait: 1 + Math.floor(r() * 8) }, 0);
  add("voice_call.dialing", { status: "dialing" }, 2);
  add("voice_call.ringing", { status: "ringing" }, 5);
  const failed = r() < 0.2;
  if (failed) {
    const status = pick(r, ["no_answer", "no_answer", "busy", "failed", "canceled"]);
    add("voice_call.failed", { status, reason: `Provider reported ${status.replace("_", " ")}`, duration: 0 }, 35);
  } else {
    const voicemail = r() < 0.15;
    add("voice_call.in_progress", { status: "in_progress", answered_by: voicemail ? "voicemail" : "human" }, 14);
    const at = new Date(t0 + 95_000);
    const outcome = voicemail ? { type: "voicemail_left", notes: "Left a voicemail asking the customer to call back." } : outcomeFor(r, at);
    add(
      "voice_call.completed",
      {
        duration: 60 + Math.floor(r() * 240),
        status: "completed",
        answered_by: voicemail ? "voicemail" : "human",
        transcript_url: `${origin}/api/simulator/v1/calls/${providerCallId}/transcript`,
        outcome,
        ai_summary: `${pick(r, AGENTS)} called ${customerName} about their recent service request. ${outcome.notes}${SUMMARY_TAIL}`,
      },
      95,
    );
  }
  // Profiling aid (BENCH_NO_TERMINAL=1): stop at the last live event, so no terminal transaction runs.
  if (noTerminal) events.pop();
  const deliveries = events.map((e) => ({
    webhookId: `msg_${randomBytes(12).toString("base64url")}`,
    event: e.event,
    body: JSON.stringify({ event: e.event, call_id: providerCallId, timestamp: iso(e.at), data: e.data }),
    kind: "normal",
  }));
  // Out of order: ~60% of calls get one adjacent pair swapped, so the earlier event arrives late
  // (with ~6 sends per call that is ~10% of all sends).
  if (r() < 0.6) {
    const i = Math.floor(r() * (deliveries.length - 1));
    const [a, b] = [deliveries[i], deliveries[i + 1]];
    deliveries[i] = b;
    deliveries[i + 1] = { ...a, kind: "late" };
  }
  // Duplicates: each delivery is re-sent right after itself with probability 0.11 (≈10% of sends).
  const out = [];
  for (const d of deliveries) {
    out.push(d);
    if (r() < 0.11) out.push({ ...d, kind: "duplicate" });
  }
  // What the call must end as, whatever the order: the status of its terminal event.
  out.finalStatus = events[events.length - 1].data.status;
  out.distinctEvents = deliveries.length;
  return out;
}

/** Hands out calls (and their scripts) from the pre-created set, in order. */
export class CallSource {
  constructor({ calls, origin, seed, noTerminal = false }) {
    this.noTerminal = noTerminal;
    this.calls = calls;
    this.origin = origin;
    this.next = 0;
    this.r = rng(seed);
    this.finished = []; // [providerCallId, expected final status, distinct events] of fully delivered calls
  }
  /** Every delivery of the call was answered 2xx. */
  done(call, script) {
    this.finished.push([call.providerCallId, script.finalStatus, script.distinctEvents]);
  }
  take() {
    if (this.next >= this.calls.length) throw new Error(`ran out of pre-created calls (${this.calls.length})`);
    const call = this.calls[this.next++];
    return {
      call,
      script: callScript(this.r, {
        providerCallId: call.providerCallId,
        customerName: call.customerName,
        origin: this.origin,
        noTerminal: this.noTerminal,
      }),
    };
  }
}

/** One signed POST; resolves with status, body and the send/answer times (never rejects). */
export function postWebhook({ agent, port, sign, delivery }) {
  const headers = sign({ id: delivery.webhookId, timestamp: Math.floor(Date.now() / 1000), body: delivery.body });
  return new Promise((resolve) => {
    const t0 = now();
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/webhooks/provider",
        agent,
        headers: {
          ...headers,
          "content-type": "application/json",
          "user-agent": "callboard-bench/1",
          "content-length": Buffer.byteLength(delivery.body),
        },
      },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (data += c));
        res.on("end", () => resolve({ status: res.statusCode, body: data, t0, t1: now() }));
        res.on("error", (e) => resolve({ status: 0, error: e.code ?? String(e), t0, t1: now() }));
      },
    );
    req.on("error", (e) => resolve({ status: 0, error: e.code ?? String(e), t0, t1: now() }));
    // The provider gives up on an answer after 10 s (CONTRACT §2); a bit more here, then it is an error.
    req.setTimeout(15_000, () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.end(delivery.body);
  });
}

/** A plain GET (for the Next.js floor reference); same shape as postWebhook's answer. */
export function getPath({ agent, port, path }) {
  return new Promise((resolve) => {
    const t0 = now();
    const req = http.request({ host: "127.0.0.1", port, method: "GET", path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode, t0, t1: now() }));
      res.on("error", (e) => resolve({ status: 0, error: e.code ?? String(e), t0, t1: now() }));
    });
    req.on("error", (e) => resolve({ status: 0, error: e.code ?? String(e), t0, t1: now() }));
    req.setTimeout(15_000, () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.end();
  });
}

export function resultOf(body) {
  const m = /"result":"([a-z_]+)"/.exec(body ?? "");
  return m ? m[1] : null;
}

// ---------------------------------------------------------------- CPU accounting (Linux /proc)
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime+stime of a process (all its threads), in ms; 0 if it is gone. */
export function processCpuMs(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The process and all its descendants. */
export function processTree(root) {
  const children = new Map();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(s.slice(s.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {}
  }
  const out = [];
  const walk = (p) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** Machine-wide CPU counters (ms summed over cores): busy and total. */
export function machineCpuMs() {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy * TICK_MS, total: (busy + idle + iowait) * TICK_MS };
}
