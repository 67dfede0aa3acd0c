import { z } from "zod";
import { answeredByValues, type CallStatus } from "@/db/schema/enums";

/** The envelope of CONTRACT.md §2. `data` is checked per event below; unknown events pass. */
export const envelopeSchema = z.object({
  event: z.string().min(1).max(100),
  call_id: z.string().min(1).max(200),
  timestamp: z.iso.datetime({ offset: true }),
  data: z.record(z.string(), z.unknown()),
});

const outcomeSchema = z
  .object({
    type: z.string().min(1).max(100),
    notes: z.string().max(10_000).optional(),
    appointment_id: z.string().optional(),
    appointment_start: z.iso.datetime({ offset: true }).optional(),
    callback_at: z.iso.datetime({ offset: true }).optional(),
    amount: z.number().optional(),
    promised_date: z.string().optional(),
  })
  .passthrough();

const answered = z.enum(answeredByValues);

const dataSchemas = {
  "voice_call.queued": z.object({ status: z.literal("queued"), estimated_wait: z.number().int().nonnegative().optional() }),
  "voice_call.dialing": z.object({ status: z.literal("dialing") }),
  "voice_call.ringing": z.object({ status: z.literal("ringing") }),
  "voice_call.in_progress": z.object({ status: z.literal("in_progress"), answered_by: answered.optional() }),
  "voice_call.completed": z.object({
    status: z.literal("completed"),
    duration: z.number().nonnegative().optional(),
    answered_by: answered.optional(),
    recording_url: z.url().optional(),
    transcript_url: z.url().optional(),
    // A completed call without an outcome is kept and marked for review, never refused.
    outcome: outcomeSchema.nullable().optional(),
    ai_summary: z.string().max(20_000).optional(),
  }),
  "voice_call.failed": z.object({
    status: z.enum(["no_answer", "busy", "failed", "canceled"]),
    reason: z.string().max(2_000).optional(),
    duration: z.number().nonnegative().optional(),
  }),
} as const;

export type KnownEvent = keyof typeof dataSchemas;
export type EventData<E extends KnownEvent> = z.infer<(typeof dataSchemas)[E]>;

export type ParsedEvent =
  | { known: true; event: KnownEvent; callId: string; occurredAt: Date; status: CallStatus; data: Record<string, unknown> }
  | { known: false; event: string; callId: string; occurredAt: Date; data: Record<string, unknown> };

export type ParseResult = { ok: true; value: ParsedEvent } | { ok: false; reason: "malformed_json" | "invalid_envelope"; detail: string };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`)
    .join("; ");
}

export function parseWebhookBody(raw: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "malformed_json", detail: "The body is not JSON" };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: "invalid_envelope", detail: describe(envelope.error) };
  const { event, call_id: callId, timestamp, data } = envelope.data;
  const occurredAt = new Date(timestamp);
  if (!(event in dataSchemas)) return { ok: true, value: { known: false, event, callId, occurredAt, data } };

  const parsed = dataSchemas[event as KnownEvent].safeParse(data);
  if (!parsed.success) return { ok: false, reason: "invalid_envelope", detail: `data.${describe(parsed.error)}` };
  const status = (parsed.data as { status: CallStatus }).status;
  return { ok: true, value: { known: true, event: event as KnownEvent, callId, occurredAt, status, data: parsed.data } };
}
