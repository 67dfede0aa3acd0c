import { z } from "zod";
import { callPurposes, type CallPurpose } from "@/db/schema/enums";
import { retryableResults } from "@/db/schema/campaigns";
import { LEGAL_END_MINUTE, LEGAL_START_MINUTE } from "@/lib/campaigns/window";
import { templateFields } from "@/lib/campaigns/template";
import { isWallTime, wallMinutesBetween } from "@/lib/time/zoned";

export { retryableResults };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;

export const minutesOf = (hhmm: string) => {
  const m = CLOCK.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};
export const clockOf = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

export const retryLabels: Record<(typeof retryableResults)[number], string> = {
  no_answer: "No answer",
  busy: "Busy",
  voicemail: "Voicemail",
};

/** The provider's published ceiling is 1,000 calls a minute; a campaign stays well under it. */
export const MAX_RATE_PER_MINUTE = 600;

const realDate = (message: string) =>
  z
    .string()
    .regex(DATE, message)
    .refine((d) => isWallTime(`${d}T00:00`), message);

/** The one schema of a campaign, for the form and the action alike. */
export const campaignSchema = z
  .object({
    name: z.string().trim().min(1, "Name the campaign").max(120, "At most 120 characters"),
    purpose: z.enum(callPurposes, { message: "Choose a call purpose" }),
    assistantId: z.uuid({ message: "Pick an assistant" }),
    contextTemplate: z.string().trim().min(1, "Say what the assistant should tell each person").max(2000, "At most 2,000 characters"),
    slots: z
      .array(
        z.object({
          start: z.string().refine(isWallTime, "Not a real date and time"),
          end: z.string().refine(isWallTime, "Not a real date and time"),
        }),
      )
      .max(20, "At most 20 slots"),
    startDate: realDate("Pick the first day"),
    endDate: realDate("Pick the last day"),
    dailyStart: z.string().regex(CLOCK, "HH:MM, e.g. 09:00"),
    dailyEnd: z.string().regex(CLOCK, "HH:MM, e.g. 18:00"),
    ratePerMinute: z
      .number({ message: "Enter calls per minute" })
      .int()
      .min(1, "At least 1")
      .max(MAX_RATE_PER_MINUTE, `At most ${MAX_RATE_PER_MINUTE}`),
    maxInFlight: z.number({ message: "Enter a number" }).int().min(1, "At least 1").max(500, "At most 500"),
    retryOn: z.array(z.enum(retryableResults)),
    retryAfterHours: z.number({ message: "Enter hours" }).int().min(1, "At least 1 hour").max(168, "At most a week"),
    maxAttempts: z.number({ message: "Enter a number" }).int().min(1, "At least 1").max(5, "At most 5"),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The last day is before the first" });
    const start = minutesOf(v.dailyStart);
    const end = minutesOf(v.dailyEnd);
    // TCPA: 8:00–21:00 at the called party's location; the window is read in each callee's zone.
    if (start < LEGAL_START_MINUTE)
      ctx.addIssue({ code: "custom", path: ["dailyStart"], message: "Calls may start at 08:00 at the earliest (their time)" });
    if (end > LEGAL_END_MINUTE) ctx.addIssue({ code: "custom", path: ["dailyEnd"], message: "Calls must end by 21:00 (their time)" });
    if (end <= start) ctx.addIssue({ code: "custom", path: ["dailyEnd"], message: "Must be after the start" });
    v.slots.forEach((s, i) => {
      if (isWallTime(s.start) && isWallTime(s.end) && wallMinutesBetween(s.start, s.end) < 15)
        ctx.addIssue({ code: "custom", path: ["slots", i, "end"], message: "A slot lasts at least 15 minutes" });
    });
    if (v.retryOn.length > 0 && v.maxAttempts < 2)
      ctx.addIssue({ code: "custom", path: ["maxAttempts"], message: "Retries need at least 2 attempts" });
  });

export type CampaignInput = z.input<typeof campaignSchema>;
export type CampaignValues = z.output<typeof campaignSchema>;

export const campaignIdSchema = z.object({ campaignId: z.uuid() });
export const campaignControlSchema = z.object({ campaignId: z.uuid(), command: z.enum(["start", "pause", "resume", "cancel"]) });

/** One checked recipient, as the browser sends it in chunks and the server checks again. */
export const recipientSchema = z.object({
  rowNumber: z.number().int().min(1),
  phone: z.string().trim().min(1).max(40),
  name: z.string().trim().max(200),
  timeZone: z.string().max(64).optional(),
  fields: z.record(z.string().max(40), z.string().max(500)),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** Rows go up in chunks small enough for a server action's body limit. */
export const RECIPIENT_CHUNK = 1000;
export const addRecipientsSchema = z.object({ campaignId: z.uuid(), recipients: z.array(recipientSchema).min(1).max(RECIPIENT_CHUNK) });

export const customerFilters = ["callable", "never_reached", "open_callbacks", "appointments_tomorrow"] as const;
export const customerFilterLabels: Record<(typeof customerFilters)[number], string> = {
  callable: "Every customer who may be called",
  never_reached: "Never reached (no call answered by a person)",
  open_callbacks: "Callbacks still open",
  appointments_tomorrow: "Appointments tomorrow",
};
export const addCustomersSchema = z.object({ campaignId: z.uuid(), filter: z.enum(customerFilters) });

/** Which context field a purpose's template fills (the one the purpose cannot do without, else the message). */
export function templateTarget(purpose: CallPurpose): "callbackReason" | "appointmentInfo" | "estimateInfo" | "customMessage" {
  if (purpose === "callback") return "callbackReason";
  if (purpose === "appointment_reminder") return "appointmentInfo";
  if (purpose === "estimate_follow_up") return "estimateInfo";
  return "customMessage";
}

export { templateFields };
