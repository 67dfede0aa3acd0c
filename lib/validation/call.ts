import { z } from "zod";
import { contextLabels } from "@/lib/labels";
import { callPurposes, type CallPurpose } from "@/db/schema/enums";
import { dialableNumber, isValidPhone } from "@/lib/phone";
import { isWallTime, wallMinutesBetween, wallTimeToInstant } from "@/lib/time/zoned";

export { callPurposes, type CallPurpose };

export const contextFields = ["callbackReason", "previousInteraction", "appointmentInfo", "estimateInfo", "customMessage"] as const;
export type ContextField = (typeof contextFields)[number];

/** The one context field each purpose cannot do without; the rest stay optional. */
export const requiredContextByPurpose: Partial<Record<CallPurpose, ContextField>> = {
  callback: "callbackReason",
  appointment_reminder: "appointmentInfo",
  estimate_follow_up: "estimateInfo",
  custom: "customMessage",
};

/** Shared by the schema and the form, which shows it before the rest of the form is valid. */
export function requiredContextMessage(field: ContextField): string {
  return `${contextLabels[field]} is required for this purpose`;
}

const contextText = z.string().trim().max(2000, "At most 2,000 characters");

/**
 * What the schema needs to know about the workspace, read where the call is checked: its zone
 * (slot times are its wall times) and the countries it may call. `now` is for tests.
 */
export type CallRules = { timeZone: string; allowedCountries: readonly string[]; now?: Date };

/** The service duration field's range; a slot (an arrival window) stays within it too. */
export const SERVICE_MINUTES = { min: 15, max: 600 } as const;
const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

const wallTime = z
  .string()
  .min(1, "Pick a date and time")
  // An empty field has its own message above; this one is for a date that does not exist.
  .refine((v) => v === "" || isWallTime(v), "Not a real date and time: check the month, day and hour");

/**
 * A time the assistant can offer: a real date, still ahead, and not so far ahead that it must be a
 * typo in the year. Checked in the workspace's zone, the zone the slots are written in.
 */
export function futureWallTime(rules: Pick<CallRules, "timeZone" | "now">) {
  return wallTime.superRefine((wall, ctx) => {
    if (!isWallTime(wall)) return;
    const now = rules.now ?? new Date();
    const at = wallTimeToInstant(wall, rules.timeZone).getTime();
    if (at <= now.getTime()) ctx.addIssue({ code: "custom", message: "This time has passed: pick a later one" });
    else if (at - now.getTime() > YEAR_MS) ctx.addIssue({ code: "custom", message: "More than a year ahead: check the year" });
  });
}

function slotSchema(rules: CallRules) {
  return z.object({ start: futureWallTime(rules), end: wallTime }).superRefine((slot, ctx) => {
    if (!isWallTime(slot.start) || !isWallTime(slot.end)) return;
    const minutes = wallMinutesBetween(slot.start, slot.end);
    if (minutes <= 0) ctx.addIssue({ code: "custom", path: ["end"], message: "End must be after start" });
    else if (minutes < SERVICE_MINUTES.min) ctx.addIssue({ code: "custom", path: ["end"], message: "A slot lasts at least 15 minutes" });
    else if (minutes > SERVICE_MINUTES.max) ctx.addIssue({ code: "custom", path: ["end"], message: "A slot lasts at most 10 hours" });
  });
}

/**
 * The one schema of a call request, for the form and the server action alike; built per
 * workspace because the zone and the allowed countries are the workspace's.
 */
export function placeCallSchema(rules: CallRules) {
  return z
    .object({
      /** Minted by the form when it opens; a resubmit with the same key never places a second call. */
      requestKey: z.uuid(),
      customerId: z.uuid({ message: "Pick a customer" }),
      phoneNumber: z
        .string()
        .trim()
        .min(1, "Enter a phone number")
        .superRefine((phone, ctx) => {
          const verdict = dialableNumber(phone, rules.allowedCountries);
          if (!verdict.ok) ctx.addIssue({ code: "custom", message: verdict.reason });
        }),
      purpose: z.enum(callPurposes, { message: "Choose a call purpose" }),
      assistantId: z.uuid({ message: "Pick an assistant" }),
      context: z.object({
        callbackReason: contextText.optional(),
        previousInteraction: contextText.optional(),
        appointmentInfo: contextText.optional(),
        estimateInfo: contextText.optional(),
        customMessage: contextText.optional(),
      }),
      slots: z.array(slotSchema(rules)).max(20, "At most 20 slots"),
      serviceDurationMinutes: z
        .number()
        .int()
        .min(SERVICE_MINUTES.min, "At least 15 minutes")
        .max(SERVICE_MINUTES.max, "At most 600 minutes")
        .optional(),
      earliestAvailable: wallTime.optional().or(z.literal("")),
      maxDuration: z.number({ message: "Enter seconds" }).int().min(30, "At least 30 seconds").max(3600, "At most 3,600 seconds"),
      recordCall: z.boolean(),
      /** The dispatcher saw the duplicate-call warning and wants the call anyway. */
      confirmDuplicate: z.boolean().optional(),
      /** Outside calling hours: hold the call and send it at the next allowed time. */
      scheduleIfOutsideHours: z.boolean().optional(),
      /** Set when the call answers a missed call, a callback task or a lead, which it then claims. */
      missedCallId: z.uuid().optional(),
      callbackTaskId: z.uuid().optional(),
      leadId: z.uuid().optional(),
      retryOfCallId: z.uuid().optional(),
    })
    .superRefine((v, ctx) => {
      const required = requiredContextByPurpose[v.purpose];
      if (required && !v.context[required]) {
        ctx.addIssue({
          code: "custom",
          path: ["context", required],
          message: requiredContextMessage(required),
        });
      }
      // The service must fit in every window offered for it.
      const service = v.serviceDurationMinutes;
      if (!service) return;
      v.slots.forEach((slot, i) => {
        const minutes = wallMinutesBetween(slot.start, slot.end);
        if (minutes > 0 && minutes < service) {
          ctx.addIssue({ code: "custom", path: ["slots", i, "end"], message: `Shorter than the ${service}-minute service` });
        }
      });
    });
}

export type PlaceCallInput = z.input<ReturnType<typeof placeCallSchema>>;
export type PlaceCallValues = z.output<ReturnType<typeof placeCallSchema>>;

export const customerSearchSchema = z.object({ query: z.string().trim().max(100) });

/** What the form asks the server before submit, to explain the rules the call will meet. */
export const compliancePreviewSchema = z.object({
  customerId: z.uuid(),
  phoneNumber: z.string().refine(isValidPhone),
  purpose: z.enum(callPurposes),
});
