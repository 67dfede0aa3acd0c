import { z } from "zod";
import { answeredByValues, type CallStatus } from "@/db/schema/enums";

/**
 * CONTRACT.md §2, read liberally ("What the real provider may send"): an optional field may be
 * absent, null or malformed, and then it is dropped on its own, never the event; unknown fields are
 * ignored. Only what identifies the event (event, call_id, status) must be right.
 */
const opt = <T extends z.ZodType>(schema: T) =>
  schema
    .nullish()
    .catch(undefined)
    .transform((v) => v ?? undefined);

/** A time with an offset, or without one (then the workspace's local time, resolved on apply). */
const anyTime = z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ local: true })]);

export const envelopeSchema = z.object({
  event: z.string().min(1).max(100),
  call_id: z.string().min(1).max(200),
  timestamp: anyTime,
  data: z.record(z.string(), z.unknown()),
});

const outcomeSchema = z.looseObject({
  type: z.string().min(1).max(100),
  notes: opt(z.string().max(10_000)),
  appointment_id: opt(z.union([z.string(), z.number().transform(String)])),
  appointment_start: opt(anyTime),
  callback_at: opt(anyTime),
  amount: opt(
    z.union([
      z.number(),
      z
        .string()
        .regex(/^\d+(\.\d+)?$/)
        .transform(Number),
    ]),
  ),
  promised_date: opt(z.string()),
});

const answered = opt(z.enum(answeredByValues));

const dataSchemas = {
  "voice_call.queued": z.object({ status: z.literal("queued"), estimated_wait: opt(z.number().nonnegative().transform(Math.round)) }),
  "voice_call.dialing": z.object({ status: z.literal("dialing") }),
  "voice_call.ringing": z.object({ status: z.literal("ringing") }),
  "voice_call.in_progress": z.object({ status: z.literal("in_progress"), answered_by: answered }),
  "voice_call.completed": z.object({
    status: z.literal("completed"),
    duration: opt(z.number().nonnegative()),
    answered_by: answered,
    recording_url: opt(z.url()),
    transcript_url: opt(z.url()),
    // A completed call without a (readable) outcome is kept and marked for review, never refused.
    outcome: opt(outcomeSchema),
    ai_summary: opt(z.string().max(20_000)),
  }),
  "voice_call.failed": z.object({
    status: z.enum(["no_answer", "busy", "failed", "canceled"]),
    reason: opt(z.string().max(2_000)),
    duration: opt(z.number().nonnegative()),
  }),
} as const;

export type KnownEvent = keyof typeof dataSchemas;
export type EventData<E extends KnownEvent> = z.infer<(typeof dataSchemas)[E]>;

type EventBase = {
  callId: string;
  occurredAt: Date;
  /** The envelope's timestamp when it had no offset: the workspace's wall time. */
  localTimestamp?: string;
  /** What arrived, kept as the event's record; `data` is what we read from it. */
  raw: Record<string, unknown>;
  data: Record<string, unknown>;
};

export type ParsedEvent =
  (EventBase & { known: true; event: KnownEvent; status: CallStatus }) | (EventBase & { known: false; event: string });

export function hasOffset(iso: string): boolean {
  return /(Z|[+-]\d{2}:?\d{2})$/i.test(iso);
}

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
  // Without an offset the time is the workspace's; read as UTC until apply knows the workspace.
  const localTimestamp = hasOffset(timestamp) ? undefined : timestamp;
  const occurredAt = new Date(localTimestamp ? `${timestamp}Z` : timestamp);
  if (!(event in dataSchemas)) return { ok: true, value: { known: false, event, callId, occurredAt, localTimestamp, data, raw: data } };

  const parsed = dataSchemas[event as KnownEvent].safeParse(data);
  if (!parsed.success) return { ok: false, reason: "invalid_envelope", detail: `data.${describe(parsed.error)}` };
  const status = (parsed.data as { status: CallStatus }).status;
  return {
    ok: true,
    value: { known: true, event: event as KnownEvent, callId, occurredAt, localTimestamp, status, data: parsed.data, raw: data },
  };
}
