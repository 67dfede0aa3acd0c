import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { AppointmentRow } from "@/db/queries/appointments";
import type { AppointmentStatus } from "@/db/schema/enums";
import { formatPhone } from "@/lib/phone";
import { appointmentStatusLabels } from "@/lib/validation/appointment";

const TONE: Record<AppointmentStatus, BadgeTone> = { booked: "info", confirmed: "success", cancelled: "neutral", done: "neutral" };

/** One day's appointments (or the untimed ones): slot, customer, status, the booking call, notes. */
export function AppointmentList({
  rows,
  label,
  timeZone,
  defaultMinutes,
}: {
  rows: AppointmentRow[];
  label: string;
  timeZone: string;
  defaultMinutes: number;
}) {
  const time = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" });
  const booked = new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" });
  return (
    <ul
      aria-label={label}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
    >
      {rows.map((a) => {
        const end = a.endsAt ?? (a.startsAt ? new Date(a.startsAt.getTime() + defaultMinutes * 60_000) : null);
        return (
          <li key={a.id} className="grid gap-2 px-4 py-3 text-sm sm:grid-cols-[9rem_minmax(0,1fr)_auto]">
            <div className="font-medium tabular-nums">
              {a.startsAt && end ? `${time.format(a.startsAt)} – ${time.format(end)}` : "No time given"}
            </div>
            <div className="min-w-0 space-y-1">
              <p>
                <Link href={`/customers/${a.customerId}`} className="font-medium hover:underline">
                  {a.customerName}
                </Link>{" "}
                <span className="text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(a.customerPhone)}</span>
              </p>
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={TONE[a.status]}>{appointmentStatusLabels[a.status]}</Badge>
                {a.overCapacity && <Badge tone="warning">Over capacity</Badge>}
                {a.sourceCallId ? (
                  <Link href={`/calls/${a.sourceCallId}`} className="text-slate-700 underline underline-offset-2 dark:text-slate-300">
                    Booked on the call of {a.bookedAt ? booked.format(a.bookedAt) : "—"}
                  </Link>
                ) : (
                  <span className="text-slate-600 dark:text-slate-400">Entered by hand</span>
                )}
              </p>
              {a.notes && <p className="break-words text-slate-700 dark:text-slate-300">{a.notes}</p>}
            </div>
            <div>
              <Link
                href={`/appointments/${a.id}/edit`}
                className={buttonClasses({ size: "sm" })}
                aria-label={`Edit ${a.customerName}'s appointment${a.startsAt ? ` at ${time.format(a.startsAt)}` : ""}`}
              >
                Edit
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
