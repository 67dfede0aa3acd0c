import { z } from "zod";
import { callPurposes, type CallPurpose } from "@/db/schema/enums";
import { isValidPhone } from "@/lib/phone";
import { isWallTime } from "@/lib/time/zoned";

export { callPurposes, type CallPurpose };

/** How the seven provider purposes read to a dispatcher. */
export const purposeLabels: Record<CallPurpose, string> = {
  callback: "Return a customer's call",
  follow_up: "Follow up after a visit",
  appointment_reminder: "Remind of an appointment",
  estimate_follow_up: "Follow up on an estimate",
  collections: "Payment reminder",
  urgent_notification: "Urgent notice",
  custom: "Custom message",
};

export const contextFields = ["callbackReason", "previousInteraction", "appointmentInfo", "estimateInfo", "customMessage"] as const;
export type ContextField = (typeof contextFields)[number];

export const contextLabels: Record<ContextField, string> = {
  callbackReason: "Callback reason",
  previousInteraction: "Previous interaction",
  appointmentInfo: "Appointment",
  estimateInfo: "Estimate",
  customMessage: "Message to convey",
};

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

const wallTime = z.string().refine(isWallTime, "Pick a date and time");

export const slotSchema = z
  .object({ start: wallTime, end: wallTime })
  // Wall times of one format compare correctly as strings.
  .refine((s) => s.end > s.start, { message: "End must be after start", path: ["end"] });

export const placeCallSchema = z
  .object({
    /** Minted by the form when it opens; a resubmit with the same key never places a second call. */
    requestKey: z.uuid(),
    customerId: z.uuid({ message: "Pick a customer" }),
    phoneNumber: z.string().trim().min(1, "Enter a phone number").refine(isValidPhone, "Not a valid phone number"),
    purpose: z.enum(callPurposes, { message: "Choose a call purpose" }),
    assistantId: z.uuid({ message: "Pick an assistant" }),
    context: z.object({
      callbackReason: contextText.optional(),
      previousInteraction: contextText.optional(),
      appointmentInfo: contextText.optional(),
      estimateInfo: contextText.optional(),
      customMessage: contextText.optional(),
    }),
    slots: z.array(slotSchema).max(20, "At most 20 slots"),
    serviceDurationMinutes: z.number().int().min(15, "At least 15 minutes").max(600, "At most 600 minutes").optional(),
    earliestAvailable: wallTime.optional().or(z.literal("")),
    maxDuration: z.number({ message: "Enter seconds" }).int().min(30, "At least 30 seconds").max(3600, "At most 3,600 seconds"),
    recordCall: z.boolean(),
    /** The dispatcher saw the duplicate-call warning and wants the call anyway. */
    confirmDuplicate: z.boolean().optional(),
    /** Outside calling hours: hold the call and send it at the next allowed time. */
    scheduleIfOutsideHours: z.boolean().optional(),
    /** Set when the call answers a missed call or a callback task, which it then claims. */
    missedCallId: z.uuid().optional(),
    callbackTaskId: z.uuid().optional(),
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
  });

export type PlaceCallInput = z.input<typeof placeCallSchema>;
export type PlaceCallValues = z.output<typeof placeCallSchema>;

export const customerSearchSchema = z.object({ query: z.string().trim().max(100) });

/** What the form asks the server before submit, to explain the rules the call will meet. */
export const compliancePreviewSchema = z.object({
  customerId: z.uuid(),
  phoneNumber: z.string().refine(isValidPhone),
  purpose: z.enum(callPurposes),
});
