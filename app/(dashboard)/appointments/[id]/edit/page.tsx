import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { findAppointment } from "@/db/queries/appointments";
import { AppointmentForm } from "@/components/appointments/appointment-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { addDays, todayIn } from "@/lib/appointments/period";
import { instantToWallTime } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Edit appointment" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function EditAppointmentPage({ params }: Props) {
  const member = await requireMember(can.viewCalls);
  const { workspace } = member;
  const { id } = await params;
  if (!z.guid().safeParse(id).success) notFound();
  const a = await findAppointment({ workspaceId: workspace.id, id });
  if (!a) notFound();
  const minutes = a.startsAt && a.endsAt ? Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000) : workspace.appointmentMinutes;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <p className="text-sm">
          <Link href="/appointments" className="text-slate-500 hover:underline dark:text-slate-400">
            Appointments
          </Link>
        </p>
        <h1 className="text-lg font-semibold">Appointment for {a.customerName}</h1>
        {a.sourceCallId && (
          <p className="text-sm">
            <Link href={`/calls/${a.sourceCallId}`} className="underline underline-offset-2">
              The call that booked it
            </Link>
          </p>
        )}
      </div>
      <AppointmentForm
        title="Edit appointment"
        timeZone={workspace.timeZone}
        initial={{
          id: a.id,
          customerId: a.customerId,
          start: a.startsAt ? instantToWallTime(a.startsAt, workspace.timeZone) : `${addDays(todayIn(workspace.timeZone), 1)}T09:00`,
          durationMinutes: Math.min(720, Math.max(15, minutes)),
          status: a.status,
          notes: a.notes ?? "",
          allowOverCapacity: false,
        }}
      />
    </div>
  );
}
