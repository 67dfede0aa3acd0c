import { listAppointments, type AppointmentRow } from "@/db/queries/appointments";
import type { Workspace } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { csvRow } from "@/lib/outcomes/csv";
import { formatPhone } from "@/lib/phone";
import { instantToWallTime } from "@/lib/time/zoned";
import { appointmentStatusLabels } from "@/lib/validation/appointment";
import { buildCalendar, type CalendarEvent } from "./ical";
import { appointmentPeriod, type AppointmentView } from "./period";

/** The page's search params, read the same way by the page and its exports. */
export function periodFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>, timeZone: string) {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return typeof v === "string" ? v : undefined;
  };
  const view: AppointmentView = get("view") === "week" ? "week" : "day";
  return appointmentPeriod(view, get("date"), timeZone);
}

const endOf = (a: AppointmentRow, workspace: Workspace) =>
  a.endsAt ?? new Date(a.startsAt!.getTime() + workspace.appointmentMinutes * 60_000);

export async function appointmentsCsv(workspace: Workspace, period: ReturnType<typeof periodFromParams>) {
  const rows = await listAppointments({ workspaceId: workspace.id, from: period.from, to: period.to });
  const wall = (d: Date) => instantToWallTime(d, workspace.timeZone).replace("T", " ");
  return (
    csvRow([
      `Starts (${workspace.timeZone})`,
      "Ends",
      "Customer",
      "Phone",
      "Status",
      "Notes",
      "Over capacity",
      "Booked on call",
      "Appointment ID",
    ]) +
    rows
      .map((a) =>
        csvRow([
          wall(a.startsAt!),
          wall(endOf(a, workspace)),
          a.customerName,
          formatPhone(a.customerPhone),
          appointmentStatusLabels[a.status],
          a.notes,
          a.overCapacity ? "yes" : "no",
          a.sourceCallId ? `${appUrl()}/calls/${a.sourceCallId}` : "entered by hand",
          a.id,
        ]),
      )
      .join("")
  );
}

const ICS_STATUS = { booked: "TENTATIVE", confirmed: "CONFIRMED", done: "CONFIRMED", cancelled: "CANCELLED" } as const;

export async function appointmentsCalendar(workspace: Workspace, period: ReturnType<typeof periodFromParams>) {
  const rows = await listAppointments({ workspaceId: workspace.id, from: period.from, to: period.to });
  const events: CalendarEvent[] = rows.map((a) => ({
    uid: `${a.id}@callboard`,
    start: a.startsAt!,
    end: endOf(a, workspace),
    summary: `${a.customerName} (${appointmentStatusLabels[a.status]})`,
    description: [formatPhone(a.customerPhone), a.notes].filter(Boolean).join("\n"),
    status: ICS_STATUS[a.status],
    url: `${appUrl()}/customers/${a.customerId}`,
  }));
  return buildCalendar(events, { name: `${workspace.name} appointments` });
}

export const exportName = (workspace: Workspace, period: ReturnType<typeof periodFromParams>, ext: string) =>
  `appointments-${workspace.slug}-${period.view}-${period.days[0]}.${ext}`;
