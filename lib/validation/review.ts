import { z } from "zod";
import { outcomeTypes, type OutcomeType } from "@/db/schema/enums";
import { isWallTime } from "@/lib/time/zoned";
import { futureWallTime } from "./call";

export { outcomeTypes, type OutcomeType };

/** An untouched select, radio group or number input sends "" (or NaN): that means "not given". */
const blankToUndefined = (v: unknown) => (v === "" || v === null || (typeof v === "number" && Number.isNaN(v)) ? undefined : v);

const optionalWallTime = z.preprocess(
  blankToUndefined,
  z.string().refine(isWallTime, "Not a real date and time: check the month, day and hour").optional(),
);

export const RATINGS = [1, 2, 3, 4, 5] as const;

/** The whole review state of a call: saving it replaces rating and note (an empty note clears it). */
export const reviewCallSchema = z.object({
  callId: z.uuid(),
  reviewed: z.boolean(),
  rating: z.preprocess(blankToUndefined, z.coerce.number().int().min(1, "Rate from 1 to 5").max(5, "Rate from 1 to 5").optional()),
  note: z.string().trim().max(2000, "At most 2,000 characters"),
});

export type ReviewCallInput = z.input<typeof reviewCallSchema>;
export type ReviewCallValues = z.output<typeof reviewCallSchema>;

/** The details a reclassified outcome may carry, as the provider would have sent them. */
export type OutcomeDetailField = "callbackAt" | "appointmentStart" | "amount" | "promisedDate";

export const detailFieldsByType: Record<OutcomeType, readonly OutcomeDetailField[]> = {
  appointment_scheduled: ["appointmentStart"],
  callback_requested: ["callbackAt"],
  voicemail_left: [],
  not_interested: [],
  do_not_call: [],
  information_provided: [],
  payment_promised: ["amount", "promisedDate"],
  escalation_needed: [],
};

/**
 * Wall times are in the workspace's zone (the office plans in its own time), so the schema is built
 * with it: a callback is due ahead, not in the past or years away. Details that do not belong to
 * the chosen type are accepted and dropped, so switching the type back and forth in the form never
 * blocks a submit (only a callback time that is filled in must be a real one).
 */
export const reclassifyCallSchema = (rules: { timeZone: string; now?: Date }) =>
  z.object({
    callId: z.uuid(),
    newType: z.enum(outcomeTypes, { message: "Choose the outcome the call really had" }),
    reason: z.string().trim().min(1, "Say why the outcome is wrong").max(1000, "At most 1,000 characters"),
    notes: z.string().trim().max(2000, "At most 2,000 characters").optional(),
    callbackAt: z.preprocess(blankToUndefined, futureWallTime(rules).optional()),
    appointmentStart: optionalWallTime,
    amount: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ message: "Enter an amount" })
        .positive("Enter an amount above zero")
        .max(1_000_000, "At most $1,000,000")
        .optional(),
    ),
    promisedDate: z.preprocess(blankToUndefined, z.iso.date("Pick a date").optional()),
  });

export type ReclassifyCallInput = z.input<ReturnType<typeof reclassifyCallSchema>>;
export type ReclassifyCallValues = z.output<ReturnType<typeof reclassifyCallSchema>>;

/** Taking an item off the attention list says what was done about it; the note is audited. */
export const resolveAttentionSchema = z.object({
  itemId: z.uuid(),
  note: z.string().trim().min(1, "Say what was done").max(500, "At most 500 characters"),
});

export type ResolveAttentionValues = z.output<typeof resolveAttentionSchema>;
