import { z } from "zod";
import { callPurposes } from "@/db/schema/enums";
import { toE164 } from "@/lib/phone";
import type { ProviderCallRequest } from "../types";

/**
 * The call body as a strict provider checks it (CONTRACT.md §1). Nested objects are strict too:
 * a camelCase or misspelled field is a client bug the simulator should surface, not drop.
 */

const E164_HINT = "must be E.164 (+13105551234)";
const isoWithOffset = z.iso.datetime({
  offset: true,
  error: "must be ISO-8601 with an offset (2024-01-23T14:00:00-08:00)",
});
const contextText = z.string().max(2000, "must be at most 2,000 characters").optional();

// The provider's page accepts US formats as well as E.164; both normalize to E.164.
const phoneNumber = z.string().transform((value, ctx) => {
  const e164 = toE164(value);
  if (!e164) {
    ctx.addIssue({ code: "custom", message: E164_HINT });
    return z.NEVER;
  }
  return e164;
});

const slot = z
  .strictObject({ start: isoWithOffset, end: isoWithOffset })
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), { message: "must be after start", path: ["end"] });

export const providerCallRequestSchema = z.strictObject({
  phone_number: phoneNumber,
  assistant_id: z.string().min(1, "is required"),
  customer_info: z.strictObject({
    name: z.string().trim().min(1, "is required"),
    customer_id: z.string().optional(),
    preferred_name: z.string().optional(),
  }),
  call_purpose: z.enum(callPurposes, { error: `must be one of ${callPurposes.join(", ")}` }),
  context: z
    .strictObject({
      callback_reason: contextText,
      previous_interaction: contextText,
      custom_message: contextText,
      appointment_info: contextText,
      estimate_info: contextText,
    })
    .optional(),
  scheduling_options: z
    .strictObject({
      available_slots: z.array(slot),
      service_duration_minutes: z.number().int("must be a whole number").positive("must be positive").optional(),
      earliest_available: isoWithOffset.optional(),
    })
    .optional(),
  max_duration: z
    .number()
    .int("must be a whole number of seconds")
    .min(30, "must be 30 to 3600 seconds")
    .max(3600, "must be 30 to 3600 seconds")
    .default(600),
  record_call: z.boolean().default(false),
  webhook_url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
});

// Compile-time guard: what the simulator accepts is exactly what the client's type sends.
const sameShape: z.output<typeof providerCallRequestSchema> extends ProviderCallRequest ? true : false = true;
void sameShape;

/** Generic wording for issues the schema does not word itself; the field name is prefixed later. */
const fieldErrorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === "invalid_type") {
    if (iss.input === undefined) return "is required";
    return iss.expected === "object" || iss.expected === "array" ? `must be an ${iss.expected}` : `must be a ${iss.expected}`;
  }
  if (iss.code === "unrecognized_keys") {
    return `unknown field${iss.keys.length > 1 ? "s" : ""}: ${iss.keys.join(", ")}`;
  }
  return undefined;
};

export type ParsedCallRequest = { ok: true; value: ProviderCallRequest } | { ok: false; message: string };

export function parseCallRequest(input: unknown): ParsedCallRequest {
  const parsed = providerCallRequestSchema.safeParse(input, { error: fieldErrorMap });
  if (parsed.success) return { ok: true, value: parsed.data };
  const message = parsed.error.issues
    .slice(0, 5)
    .map((issue) => {
      const field = issue.path.map(String).join(".");
      return field ? `${field} ${issue.message}` : issue.message;
    })
    .join("; ");
  return { ok: false, message };
}
