import Link from "next/link";
import { formatMediumDateTime } from "@/lib/format/time";
import { Badge } from "@/components/ui/badge";
import type { TimelineEntry, TimelineKind } from "@/lib/customers/timeline";

const KIND: Record<TimelineKind, string> = {
  call: "bg-sky-500",
  missed: "bg-amber-500",
  callback: "bg-violet-500",
  appointment: "bg-emerald-500",
  payment: "bg-emerald-700",
  review: "bg-slate-500",
  note: "bg-slate-400",
  do_not_call: "bg-red-600",
};

/** Everything that happened with the customer, newest first, in the workspace's zone. */
export function CustomerTimeline({ entries, timeZone }: { entries: TimelineEntry[]; timeZone: string }) {
  const when = { format: (d: Date) => formatMediumDateTime(d, timeZone) };
  if (entries.length === 0) {
    return <p className="text-sm text-slate-500 dark:text-slate-400">Nothing yet. Calls, missed calls, bookings and notes appear here.</p>;
  }
  return (
    <ol aria-label="Customer timeline" className="space-y-0 border-l border-slate-200 dark:border-slate-800">
      {entries.map((e) => (
        <li key={e.key} className="relative py-2 pl-5 text-sm">
          <span aria-hidden="true" className={`absolute top-3.5 -left-[5px] size-2.5 rounded-full ${KIND[e.kind]}`} />
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            {e.href ? (
              <Link href={e.href} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
                {e.title}
              </Link>
            ) : (
              <span className="font-medium">{e.title}</span>
            )}
            {e.badge && <Badge tone={e.badge.tone}>{e.badge.label}</Badge>}
            <time dateTime={e.at} className="text-xs text-slate-500 dark:text-slate-400">
              {when.format(new Date(e.at))}
              {e.by ? ` · ${e.by}` : ""}
            </time>
          </div>
          {e.detail && <p className="mt-0.5 whitespace-pre-line text-slate-700 dark:text-slate-300">{e.detail}</p>}
        </li>
      ))}
    </ol>
  );
}
