import { z } from "zod";
import { missedCallReasons, missedCallStatuses, type MissedCallReason, type MissedCallStatus } from "@/db/schema/enums";
import { toE164 } from "@/lib/phone";

export { missedCallReasons, missedCallStatuses, type MissedCallReason, type MissedCallStatus };

/** A phone system's clock may run a little ahead of ours; more than this is a bad timestamp. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const phone = z
  .string({ message: "Expected a phone number" })
  .trim()
  .min(1, "Expected a phone number")
  .transform((value, ctx) => {
    const e164 = toE164(value);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "Not a valid phone number" });
      return z.NEVER;
    }
    return e164;
  });

// Phone systems often send null for a field they do not have; null reads as "not given".
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => v || undefined);

/** CONTRACT.md §4: the body of POST /api/v1/missed-calls, with the phone numbers normalized. */
export const missedCallFeedSchema = z.object({
  external_id: z
    .string({ message: "Required: the phone system's id for this call" })
    .trim()
    .min(1, "Must not be empty")
    .max(200, "At most 200 characters"),
  from: phone,
  to: phone.nullish().transform((v) => v ?? undefined),
  occurred_at: z.iso
    .datetime({ offset: true, message: "Expected ISO-8601 with a time zone offset, e.g. 2026-11-25T14:04:00-08:00" })
    .refine((v) => Date.parse(v) <= Date.now() + FUTURE_TOLERANCE_MS, "Is in the future"),
  caller_name: optionalText(200),
  reason: z
    .enum(missedCallReasons, { message: `Expected one of ${missedCallReasons.join(", ")}` })
    .nullish()
    .transform((v) => v ?? undefined),
  voicemail_url: z
    .url({ protocol: /^https?$/, message: "Expected an http(s) URL" })
    .max(2000, "At most 2,000 characters")
    .nullish()
    .transform((v) => v ?? undefined),
});

export type MissedCallFeedInput = z.input<typeof missedCallFeedSchema>;
export type MissedCallFeed = z.output<typeof missedCallFeedSchema>;

/** The first problem of a refused body, named by its field, for the feed's 400 answer. */
export function firstFeedIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || "body";
  return { field, message: `${field}: ${issue?.message ?? "Invalid"}` };
}

export const dismissMissedCallSchema = z.object({
  missedCallId: z.uuid(),
  reason: z.string().trim().min(3, "Say why, in a few words").max(500, "At most 500 characters"),
});

/** "Call back now" refused because nobody is set to place it; the row links admins to Settings. */
export const NO_DEFAULT_ASSISTANT = "no_default_assistant";

/** "Call back now": the same request key is reused when the dispatcher accepts an offer. */
export const callBackNowSchema = z.object({
  missedCallId: z.uuid(),
  requestKey: z.uuid(),
  scheduleIfOutsideHours: z.boolean().optional(),
  confirmDuplicate: z.boolean().optional(),
});

export type DismissMissedCallInput = z.input<typeof dismissMissedCallSchema>;
export type CallBackNowInput = z.input<typeof callBackNowSchema>;
