"use client";

import { useNow } from "@/components/board/clock";
import { cx } from "@/components/ui/cx";
import type { BusinessHours } from "@/db/schema/workspaces";
import { formatWait, slaLevel, type SlaLevel } from "@/lib/missed-calls/sla";
import { businessMsBetween } from "@/lib/time/business-hours";

const look: Record<SlaLevel, { text: string; dot: string; label: string }> = {
  ok: { text: "text-slate-900 dark:text-slate-100", dot: "bg-slate-400", label: "Within SLA" },
  warn: { text: "text-amber-800 dark:text-amber-300", dot: "bg-amber-500", label: "Due soon" },
  breach: { text: "text-red-700 dark:text-red-400", dot: "bg-red-600", label: "Overdue" },
};

/**
 * Time since the call came in, in the workspace's opening hours, against its thresholds: a call
 * missed at night starts counting when the office opens. It ticks (on the one shared clock) while
 * the call is open, and stops when someone calls back. The label says what the colour says, for
 * those who cannot tell amber from red.
 */
export function SlaTimer({
  occurredAt,
  stoppedAt,
  warnMinutes,
  breachMinutes,
  hours,
}: {
  occurredAt: string;
  stoppedAt: string | null;
  warnMinutes: number;
  breachMinutes: number;
  hours: { businessHours: BusinessHours; timeZone: string; holidays: readonly string[] };
}) {
  const now = useNow();
  const end = stoppedAt ? Date.parse(stoppedAt) : now;
  if (end === null) return <span className="font-mono text-sm text-slate-500 tabular-nums dark:text-slate-400">--:--</span>;
  const elapsed = businessMsBetween(new Date(occurredAt), new Date(end), hours);
  const level = slaLevel(elapsed, warnMinutes, breachMinutes);
  const l = look[level];
  return (
    <div className="flex flex-col">
      <span className={cx("inline-flex items-center gap-1.5 font-mono text-sm font-semibold whitespace-nowrap tabular-nums", l.text)}>
        <span aria-hidden="true" className={cx("size-2 shrink-0 rounded-full", l.dot)} />
        {formatWait(elapsed)}
      </span>
      <span className={cx("text-xs", level === "ok" ? "text-slate-500 dark:text-slate-400" : l.text)}>
        {stoppedAt ? (level === "breach" ? "Called back late" : "Until callback") : l.label}
      </span>
    </div>
  );
}
