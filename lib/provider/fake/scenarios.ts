/**
 * The fake provider's test numbers, matched by their last four digits. Each one is a variation the
 * contract allows (CONTRACT.md §1–3, "What the real provider may send"); every other number is
 * accepted and completes with an outcome. The table is in README, under the simulator's.
 */

export type CreateAnswer =
  | { kind: "accept"; nulls?: boolean }
  | { kind: "error"; status: number; code: string; message: string; retryable?: boolean; onAttempts?: number }
  | { kind: "create_failed"; reason: string }
  | { kind: "conflict" };

export type Playout = {
  /** Send every optional field as null, plus fields the contract does not know. */
  nulls?: boolean;
  /** End with voice_call.failed (status failed) instead of completed. */
  failed?: boolean;
  /** Serve media from the second listener, another host name and port than the API. */
  otherHost?: boolean;
  recording: "wav" | "mp3";
  outcome: "information_provided" | "offsetless_appointment" | "offsetless_callback" | "nulls";
};

export type Scenario = { label: string; create: CreateAnswer; playout: Playout };

const normal: Playout = { recording: "wav", outcome: "information_provided" };

export const SCENARIOS: Record<string, Scenario> = {
  "1101": {
    label: "201 and every webhook with null optional fields and unknown extra fields",
    create: { kind: "accept", nulls: true },
    playout: { nulls: true, recording: "wav", outcome: "nulls" },
  },
  "1102": {
    label: "voice_call.failed with reason and duration null",
    create: { kind: "accept" },
    playout: { nulls: true, failed: true, recording: "wav", outcome: "nulls" },
  },
  "1201": { label: "transcript and WAV recording on another host", create: { kind: "accept" }, playout: { ...normal, otherHost: true } },
  "1202": { label: "MP3 recording (audio/mpeg, 12 s, Range)", create: { kind: "accept" }, playout: { ...normal, recording: "mp3" } },
  "1301": {
    label: "appointment_scheduled with appointment_start without an offset (2026-12-01T14:00:00)",
    create: { kind: "accept" },
    playout: { ...normal, outcome: "offsetless_appointment" },
  },
  "1302": {
    label: "callback_requested with callback_at without an offset (2026-12-02T10:30:00)",
    create: { kind: "accept" },
    playout: { ...normal, outcome: "offsetless_callback" },
  },
  "1401": {
    label: "401 unauthorized",
    create: { kind: "error", status: 401, code: "unauthorized", message: "Invalid API key", retryable: false },
    playout: normal,
  },
  "1403": {
    label: "403 forbidden (workspace not allowed for this key)",
    create: { kind: "error", status: 403, code: "workspace_forbidden", message: "This key may not use the workspace", retryable: false },
    playout: normal,
  },
  "1408": {
    label: "400 with retryable: true on the first attempt, then accepted",
    create: {
      kind: "error",
      status: 400,
      code: "carrier_lookup_pending",
      message: "Number lookup in progress",
      retryable: true,
      onAttempts: 1,
    },
    playout: normal,
  },
  "1409": {
    label: "409 idempotency_conflict naming the last call placed in the workspace (as if the key had been used for it)",
    create: { kind: "conflict" },
    playout: normal,
  },
  "1410": {
    label: "201 with status failed and a reason: ended before dialling",
    create: { kind: "create_failed", reason: "Carrier rejected the destination number" },
    playout: normal,
  },
  "1422": {
    label: "422 number_unreachable, retryable: false",
    create: { kind: "error", status: 422, code: "number_unreachable", message: "The number is not reachable", retryable: false },
    playout: normal,
  },
  "1503": {
    label: "503 with retryable: false (not retried)",
    create: {
      kind: "error",
      status: 503,
      code: "account_suspended",
      message: "Outbound calling is suspended for this account",
      retryable: false,
    },
    playout: normal,
  },
};

export const DEFAULT_SCENARIO: Scenario = {
  label: "accepted; completes with information_provided, WAV recording and transcript on the API host",
  create: { kind: "accept" },
  playout: normal,
};

export function scenarioFor(phone: string): Scenario {
  return SCENARIOS[phone.replace(/\D/g, "").slice(-4)] ?? DEFAULT_SCENARIO;
}
