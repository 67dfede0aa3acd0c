"use client";
import { Button } from "@/components/ui/button";
import { CopyButton } from "./copy-button";

function curlExample(feedUrl: string, token: string): string {
  const body = JSON.stringify({
    external_id: "pbx-20261125-0001",
    from: "+13105550123",
    occurred_at: "2026-11-25T14:04:00-08:00",
    caller_name: "Maria Lopez",
    reason: "after_hours",
  });
  return `curl -X POST ${feedUrl} \\\n  -H "Authorization: Bearer ${token}" \\\n  -H "Content-Type: application/json" \\\n  -d '${body}'`;
}

/** The one time the token is shown: it is not stored anywhere it could be read back. */
export function TokenReveal({ name, token, feedUrl, onDone }: { name: string; token: string; feedUrl: string; onDone: () => void }) {
  const curl = curlExample(feedUrl, token);
  return (
    <div
      role="region"
      aria-label="New ingest token"
      className="flex flex-col gap-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950/40"
    >
      <p className="font-medium text-emerald-950 dark:text-emerald-100">Token “{name}” created. Copy it now: it will not be shown again.</p>
      <div className="flex min-w-0 items-center gap-2">
        <code
          aria-label="Ingest token"
          className="min-w-0 flex-1 truncate rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs select-all dark:border-slate-600 dark:bg-slate-900"
        >
          {token}
        </code>
        <CopyButton text={token} label="Copy token" />
      </div>
      <div className="flex flex-col gap-1">
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs font-medium text-slate-700 dark:text-slate-300">Try it: report a missed call</span>
          <CopyButton text={curl} label="Copy curl example" />
        </div>
        <pre className="overflow-x-auto rounded border border-slate-300 bg-white p-2 font-mono text-xs leading-relaxed dark:border-slate-600 dark:bg-slate-900">
          {curl}
        </pre>
      </div>
      <div>
        <Button size="sm" onClick={onDone}>
          I’ve copied it
        </Button>
      </div>
    </div>
  );
}
