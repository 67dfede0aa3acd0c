import { z } from "zod";
import { toE164 } from "@/lib/phone";

const phone = z
  .string({ message: "Expected a phone number" })
  .trim()
  .min(1, "Enter a phone number")
  .transform((value, ctx) => {
    const e164 = toE164(value);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "Not a valid phone number" });
      return z.NEVER;
    }
    return e164;
  });

// Lead forms often send null or "" for a field they do not have; both read as "not given".
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => v || undefined);

const leadFields = {
  name: z.string({ message: "Required: the lead's name" }).trim().min(1, "Enter the lead's name").max(200, "At most 200 characters"),
  phone,
  email: z
    .email({ message: "Not an email address" })
    .max(320)
    .nullish()
    .or(z.literal(""))
    .transform((v) => v || undefined),
  address: optionalText(500),
  service_requested: optionalText(500),
  source: z
    .string()
    .trim()
    .max(100, "At most 100 characters")
    .nullish()
    .transform((v) => v || "unknown"),
  notes: optionalText(2000),
};

/** The body of POST /api/v1/leads, with the phone number normalized. */
export const leadFeedSchema = z.object({
  external_id: z
    .string({ message: "Required: your id for this lead" })
    .trim()
    .min(1, "Must not be empty")
    .max(200, "At most 200 characters"),
  ...leadFields,
});

/** A lead taken by hand (a phone enquiry, a walk-in): the same fields, the key minted by the form. */
export const manualLeadSchema = z.object({ requestKey: z.uuid(), ...leadFields });

/** One row of a CSV of leads taken by hand (columns named as the feed's fields). */
export const leadCsvRowSchema = z.object(leadFields);

/** An uploaded CSV of leads: its text, within the server action's body limit. */
export const leadCsvUploadSchema = z.object({
  csv: z.string().min(1, "Choose a CSV file").max(100_000, "At most 100 KB per file: split it"),
});

export type LeadFeed = z.output<typeof leadFeedSchema>;
export type ManualLeadInput = z.input<typeof manualLeadSchema>;
export type ManualLead = z.output<typeof manualLeadSchema>;

export const dismissLeadSchema = z.object({
  leadId: z.uuid(),
  reason: z.string().trim().min(3, "Say why, in a few words").max(500, "At most 500 characters"),
});

export const leadAssistantSchema = z.object({ assistantId: z.uuid().or(z.literal("")) });
