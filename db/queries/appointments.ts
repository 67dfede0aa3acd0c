import { and, asc, eq, gt, gte, inArray, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { appointments, calls, customers } from "@/db/schema";
import type { AppointmentStatus } from "@/db/schema/enums";

/** Appointments that hold a crew: cancelled ones free their slot, done ones already happened. */
const HOLDING: AppointmentStatus[] = ["booked", "confirmed"];

const row = {
  id: appointments.id,
  startsAt: appointments.startsAt,
  endsAt: appointments.endsAt,
  status: appointments.status,
  notes: appointments.notes,
  overCapacity: appointments.overCapacity,
  sourceCallId: appointments.sourceCallId,
  createdAt: appointments.createdAt,
  customerId: customers.id,
  customerName: customers.name,
  customerPhone: customers.phone,
  customerDoNotCall: customers.doNotCall,
  bookedAt: calls.createdAt,
};

/** A day or a week of the page: appointments starting in [from, to), earliest first. */
export async function listAppointments({ workspaceId, from, to }: { workspaceId: string; from: Date; to: Date }, tx: DbOrTx = db) {
  return tx
    .select(row)
    .from(appointments)
    .innerJoin(customers, eq(customers.id, appointments.customerId))
    .leftJoin(calls, eq(calls.id, appointments.sourceCallId))
    .where(and(eq(appointments.workspaceId, workspaceId), gte(appointments.startsAt, from), lt(appointments.startsAt, to)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}

export type AppointmentRow = Awaited<ReturnType<typeof listAppointments>>[number];

/** Bookings whose outcome gave no time: shown apart so a person can set one. */
export async function listUntimedAppointments({ workspaceId, limit = 50 }: { workspaceId: string; limit?: number }, tx: DbOrTx = db) {
  return tx
    .select(row)
    .from(appointments)
    .innerJoin(customers, eq(customers.id, appointments.customerId))
    .leftJoin(calls, eq(calls.id, appointments.sourceCallId))
    .where(and(eq(appointments.workspaceId, workspaceId), isNull(appointments.startsAt), ne(appointments.status, "cancelled")))
    .orderBy(asc(appointments.createdAt))
    .limit(limit);
}

export async function findAppointment({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [found] = await tx
    .select(row)
    .from(appointments)
    .innerJoin(customers, eq(customers.id, appointments.customerId))
    .leftJoin(calls, eq(calls.id, appointments.sourceCallId))
    .where(and(eq(appointments.workspaceId, workspaceId), eq(appointments.id, id)))
    .limit(1);
  return found ?? null;
}

export type AppointmentFields = { startsAt: Date; endsAt: Date; status: AppointmentStatus; notes: string | null; overCapacity?: boolean };

export async function insertAppointment(
  { workspaceId, customerId, fields, createdBy }: { workspaceId: string; customerId: string; fields: AppointmentFields; createdBy: string },
  tx: DbOrTx = db,
) {
  const [created] = await tx
    .insert(appointments)
    .values({ workspaceId, customerId, createdBy, ...fields })
    .returning();
  return created;
}

/** Returns the row before and after, for the audit entry; null when it is not in the workspace. */
export async function updateAppointment(
  { workspaceId, id, customerId, fields }: { workspaceId: string; id: string; customerId: string; fields: AppointmentFields },
  tx: DbOrTx = db,
) {
  const where = and(eq(appointments.workspaceId, workspaceId), eq(appointments.id, id), eq(appointments.customerId, customerId));
  const [before] = await tx.select().from(appointments).where(where).for("update").limit(1);
  if (!before) return null;
  const [after] = await tx
    .update(appointments)
    .set({ ...fields, updatedAt: new Date() })
    .where(where)
    .returning();
  return { before, after };
}

/**
 * How many holding appointments overlap [start, end). An appointment without an end counts as
 * `defaultMinutes` long, so every booking takes its place in the count.
 */
export async function countOverlapping(
  {
    workspaceId,
    start,
    end,
    defaultMinutes,
    excludeId,
  }: { workspaceId: string; start: Date; end: Date; defaultMinutes: number; excludeId?: string },
  tx: DbOrTx = db,
) {
  const endOf: SQL = sql`coalesce(${appointments.endsAt}, ${appointments.startsAt} + make_interval(mins => ${defaultMinutes}))`;
  const [r] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(appointments)
    .where(
      and(
        eq(appointments.workspaceId, workspaceId),
        inArray(appointments.status, HOLDING),
        lt(appointments.startsAt, end),
        sql`${endOf} > ${start.toISOString()}::timestamptz`,
        // Bounds the index range: nothing longer than a day starts more than a day earlier.
        gt(appointments.startsAt, new Date(start.getTime() - 86_400_000)),
        excludeId ? ne(appointments.id, excludeId) : undefined,
      ),
    );
  return r?.n ?? 0;
}

/** The holding appointments from `from` on, as instants, for slot suggestions to count against capacity. */
export async function listHeldSlots(
  { workspaceId, from, to, defaultMinutes }: { workspaceId: string; from: Date; to: Date; defaultMinutes: number },
  tx: DbOrTx = db,
) {
  const rows = await tx
    .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.workspaceId, workspaceId),
        inArray(appointments.status, HOLDING),
        gte(appointments.startsAt, new Date(from.getTime() - 86_400_000)),
        lt(appointments.startsAt, to),
      ),
    );
  return rows.flatMap((r) =>
    r.startsAt
      ? [{ start: r.startsAt.getTime(), end: (r.endsAt ?? new Date(r.startsAt.getTime() + defaultMinutes * 60_000)).getTime() }]
      : [],
  );
}

/** Serialises bookings of one workspace for the length of the transaction, so two cannot both take a slot's last place. */
export async function lockWorkspaceBookings({ workspaceId }: { workspaceId: string }, tx: DbOrTx) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`appointments:${workspaceId}`}))`);
}
