import type { Metadata } from "next";
import Link from "next/link";
import { listAppointments, listUntimedAppointments } from "@/db/queries/appointments";
import { AppointmentList } from "@/components/appointments/appointment-list";
import { CapacityForm } from "@/components/appointments/capacity-form";
import { RemindTomorrow } from "@/components/appointments/remind-tomorrow";
import { tomorrowsAppointments } from "@/lib/appointments/reminders";
import { buttonClasses } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/session";
import { can, hasRole } from "@/lib/auth/roles";
import { periodFromParams } from "@/lib/appointments/exports";
import { todayIn } from "@/lib/appointments/period";
import { zonedParts } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Appointments" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppointmentsPage({ searchParams }: Props) {
  const member = await requireMember(can.viewCalls);
  const { workspace } = member;
  const period = periodFromParams(await searchParams, workspace.timeZone);
  const [rows, untimed, tomorrow] = await Promise.all([
    listAppointments({ workspaceId: workspace.id, from: period.from, to: period.to }),
    listUntimedAppointments({ workspaceId: workspace.id }),
    tomorrowsAppointments(member),
  ]);
  const clock = new Intl.DateTimeFormat("en-US", { timeZone: workspace.timeZone, hour: "numeric", minute: "2-digit" });
  const dayOf = (d: Date) => {
    const z = zonedParts(d, workspace.timeZone);
    return `${z.year}-${String(z.month).padStart(2, "0")}-${String(z.day).padStart(2, "0")}`;
  };
  const heading = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" });
  const href = (p: { view?: string; date?: string }) => `/appointments?view=${p.view ?? period.view}&date=${p.date ?? period.anchor}`;
  const query = `view=${period.view}&date=${period.anchor}`;
  const tab = (view: "day" | "week", label: string) => (
    <Link
      href={href({ view })}
      aria-current={period.view === view ? "page" : undefined}
      className={buttonClasses({ size: "sm", variant: period.view === view ? "primary" : "secondary" })}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">Appointments</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Booked by calls or entered by hand, in {workspace.timeZone.replace(/_/g, " ")} time.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/exports/appointments?${query}`} className={buttonClasses()} download>
            Export CSV
          </a>
          <a href={`/api/exports/appointments/calendar?${query}`} className={buttonClasses()} download>
            Export iCalendar
          </a>
          <Link href="/appointments/new" className={buttonClasses({ variant: "primary" })}>
            New appointment
          </Link>
        </div>
      </div>
      <nav aria-label="Days" className="flex flex-wrap items-center gap-2">
        {tab("day", "Day")}
        {tab("week", "Week")}
        <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-300 dark:bg-slate-700" />
        <Link href={href({ date: period.prev })} className={buttonClasses({ size: "sm" })}>
          {period.view === "week" ? "Previous week" : "Previous day"}
        </Link>
        <Link href={href({ date: todayIn(workspace.timeZone) })} className={buttonClasses({ size: "sm" })}>
          Today
        </Link>
        <Link href={href({ date: period.next })} className={buttonClasses({ size: "sm" })}>
          {period.view === "week" ? "Next week" : "Next day"}
        </Link>
      </nav>
      {hasRole(member.role, can.manageSettings) && (
        <section aria-labelledby="capacity-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 id="capacity-heading" className="mb-2 text-sm font-semibold">
            Capacity
          </h2>
          <CapacityForm jobsPerSlot={workspace.jobsPerSlot} appointmentMinutes={workspace.appointmentMinutes} />
        </section>
      )}
      <section aria-labelledby="reminders-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="reminders-heading" className="mb-2 text-sm font-semibold">
          Reminders for tomorrow
        </h2>
        <RemindTomorrow items={tomorrow.map((a) => ({ id: a.id, customerName: a.customerName, time: clock.format(a.startsAt!) }))} />
      </section>
      {period.days.map((day) => {
        const list = rows.filter((r) => r.startsAt && dayOf(r.startsAt) === day);
        const title = heading.format(new Date(`${day}T12:00:00Z`));
        return (
          <section key={day} aria-label={title} className="space-y-2">
            <h2 className="text-base font-semibold">{title}</h2>
            {list.length > 0 ? (
              <AppointmentList
                rows={list}
                label={`Appointments on ${title}`}
                timeZone={workspace.timeZone}
                defaultMinutes={workspace.appointmentMinutes}
              />
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">No appointments.</p>
            )}
          </section>
        );
      })}
      {untimed.length > 0 && (
        <section aria-labelledby="untimed-heading" className="space-y-2">
          <h2 id="untimed-heading" className="text-base font-semibold">
            Booked without a time
          </h2>
          <AppointmentList
            rows={untimed}
            label="Appointments without a time"
            timeZone={workspace.timeZone}
            defaultMinutes={workspace.appointmentMinutes}
          />
        </section>
      )}
    </div>
  );
}
