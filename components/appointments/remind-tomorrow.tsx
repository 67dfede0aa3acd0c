"use client";

import Link from "next/link";
import { useState } from "react";
import { remindAppointmentAction } from "@/app/(dashboard)/appointments/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

type Item = { id: string; customerName: string; time: string };
type Result = { tone: "success" | "warning" | "danger" | "neutral"; text: string; callId?: string };

/**
 * "Remind all of tomorrow's": one reminder call per appointment, placed one after another through
 * the placing path (each with its compliance checks), with each appointment's answer beside it.
 */
export function RemindTomorrow({ items }: { items: Item[] }) {
  const [results, setResults] = useState<Record<string, Result>>({});
  const [running, setRunning] = useState(false);
  async function remindAll() {
    setRunning(true);
    for (const item of items) {
      setResults((r) => ({ ...r, [item.id]: { tone: "neutral", text: "Placing…" } }));
      const res = await remindAppointmentAction({ appointmentId: item.id });
      setResults((r) => ({ ...r, [item.id]: res.ok ? res.data : { tone: "danger", text: res.error } }));
    }
    setRunning(false);
  }
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No appointments tomorrow to remind.</p>;
  return (
    <div className="space-y-2">
      <Button onClick={() => void remindAll()} pending={running}>
        Remind all of tomorrow&apos;s ({items.length})
      </Button>
      <ul aria-label="Reminders" aria-live="polite" className="space-y-1 text-sm">
        {items.map((item) => {
          const r = results[item.id];
          return (
            <li key={item.id} className="flex flex-wrap items-center gap-2">
              <span>
                {item.time} · {item.customerName}
              </span>
              {r && <Badge tone={r.tone === "neutral" ? "neutral" : r.tone}>{r.text}</Badge>}
              {r?.callId && (
                <Link href={`/calls/${r.callId}`} className="underline underline-offset-2">
                  See the call
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
