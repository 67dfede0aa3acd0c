import type { SimulatorStore } from "./store";

/**
 * The page a call's `tracking_url` opens: the simulated call's status and every webhook attempt.
 * Public like a real provider's tracking link, so it shows no phone number or customer name.
 */

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const time = (d: Date) =>
  d
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d{3}Z$/, " UTC");

function page(title: string, body: string, refresh: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
${refresh ? '<meta http-equiv="refresh" content="3">' : ""}
<style>body{font:14px system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}.bad{color:#b00}</style>
</head><body>${body}</body></html>`;
}

export function trackPageResponse(callId: string, store: SimulatorStore): Response {
  const call = store.calls.get(callId);
  const headers = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };
  if (!call) {
    return new Response(page("Unknown call", `<h1>Unknown call</h1><p>No simulated call ${escape(callId)}.</p>`, false), {
      status: 404,
      headers,
    });
  }
  const playback = store.playback.get(callId);
  const status = playback?.status ?? "queued";
  const terminal = !["queued", "dialing", "ringing", "in_progress"].includes(status);
  const deliveries = playback?.deliveries ?? [];
  const row = (at: Date, event: string, attempt: string, http: string, result: string, took: string) =>
    `<tr><td>${time(at)}</td><td>${escape(event)}</td><td>${attempt}</td><td>${http}</td><td>${result}</td><td>${took}</td></tr>`;
  // Every emitted event, with its attempts so far; one whose first attempt is still out shows as sending.
  const rows = (playback?.events ?? [])
    .flatMap((e) => {
      const attempts = deliveries.filter((d) => d.webhookId === e.webhookId);
      if (attempts.length === 0) return [row(e.at, e.event, "1", "—", "sending…", "")];
      return attempts.map((d) =>
        row(
          d.at,
          d.event,
          String(d.attempt),
          String(d.statusCode ?? "—"),
          d.error ? `<span class="bad">${escape(d.error)}</span>` : "delivered",
          `${d.ms} ms`,
        ),
      );
    })
    .join("\n");
  const body = `<h1>Simulated call ${escape(callId)}</h1>
<p>Status: <strong>${escape(status)}</strong> · purpose ${escape(call.request.call_purpose)} · placed ${time(call.acceptedAt)}</p>
<p>${playback ? "" : "This call is not being played out (no webhook secret was configured)."}</p>
<h2>Webhook deliveries</h2>
${rows ? `<table><thead><tr><th>at</th><th>event</th><th>attempt</th><th>HTTP</th><th>result</th><th>took</th></tr></thead><tbody>${rows}</tbody></table>` : "<p>None yet.</p>"}`;
  return new Response(page(`Call ${callId}: ${status}`, body, !terminal), { status: 200, headers });
}
