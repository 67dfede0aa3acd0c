import { z } from "zod";

/**
 * The call body as CONTRACT.md §1 states it, written for the fake provider on its own (not shared
 * with the app or the simulator), so a mistake in the app's request builder cannot hide here.
 */

const withOffset = z.iso.datetime({ offset: true, local: false, error: "must be ISO-8601 with an offset" });
const text = z.string().max(2000, "must be at most 2,000 characters").optional();
const PURPOSES = [
  "callback",
  "follow_up",
  "appointment_reminder",
  "estimate_follow_up",
  "collections",
  "urgent_notification",
  "custom",
] as const;

const schema = z.object({
  phone_number: z.string().refine((v) => /^\+[1-9]\d{7,14}$/.test(v) || /^\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}$/.test(v), {
    message: "must be E.164 or a US number",
  }),
  assistant_id: z.string().min(1),
  customer_info: z.object({ name: z.string().min(1), customer_id: z.string().optional(), preferred_name: z.string().optional() }),
  call_purpose: z.enum(PURPOSES),
  context: z
    .object({ callback_reason: text, previous_interaction: text, custom_message: text, appointment_info: text, estimate_info: text })
    .optional(),
  scheduling_options: z
    .object({
      available_slots: z.array(z.object({ start: withOffset, end: withOffset })),
      service_duration_minutes: z.number().int().positive().optional(),
      earliest_available: withOffset.optional(),
    })
    .optional(),
  max_duration: z.number().int().min(30).max(3600).default(600),
  record_call: z.boolean().default(false),
  webhook_url: z.url({ protocol: /^https?$/ }).optional(),
});

export type FakeCallRequest = z.output<typeof schema>;

export function parseFakeCallRequest(body: unknown): { ok: true; value: FakeCallRequest } | { ok: false; message: string } {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const message = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
    .join("; ");
  return { ok: false, message };
}
