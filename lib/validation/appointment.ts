import { z } from "zod";
import { appointmentStatuses } from "@/db/schema/enums";
import { isWallTime } from "@/lib/time/zoned";

export const appointmentStatusLabels = { booked: "Booked", confirmed: "Confirmed", cancelled: "Cancelled", done: "Done" } as const;

/** New and edit share one schema; the start is a wall time in the workspace's zone, as the form shows it. */
export const appointmentSchema = z.object({
  id: z.uuid().optional(),
  customerId: z.uuid(),
  start: z.string().refine(isWallTime, "Pick a date and time"),
  durationMinutes: z.coerce.number().int("Whole minutes").min(15, "At least 15 minutes").max(720, "At most 12 hours"),
  status: z.enum(appointmentStatuses),
  notes: z
    .string()
    .trim()
    .max(2000, "At most 2,000 characters")
    .transform((v) => (v === "" ? null : v)),
  /** Set after the form said the slot is full. */
  allowOverCapacity: z.boolean(),
});

export type AppointmentValues = z.input<typeof appointmentSchema>;

/** The workspace's capacity: crews per slot (empty: no limit) and the usual job length. */
export const capacitySchema = z.object({
  jobsPerSlot: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 100),
      "A whole number from 1 to 100, or empty for no limit",
    )
    .transform((v) => (v === "" ? null : Number(v))),
  appointmentMinutes: z.coerce.number().int("Whole minutes").min(15, "At least 15 minutes").max(720, "At most 12 hours"),
});

export const remindAppointmentSchema = z.object({ appointmentId: z.uuid() });
