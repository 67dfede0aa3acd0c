/**
 * Phone numbers the simulator answers deterministically, matched by the last four digits of the
 * normalized number, so every failure path of the client can be shown in a demo or a test.
 * Attempts are counted per (workspace, Idempotency-Key); a faulted attempt places no call.
 */

import type { ProviderErrorCode } from "../types";

export type SimulatedFault =
  | { kind: "error"; status: number; code: ProviderErrorCode; message: string; retryAfterSeconds?: number }
  /** Hold the request past the client's timeout (the handler's `slowMs`), then answer 504. */
  | { kind: "slow" };

export type TestNumber = {
  lastFour: string;
  example: string;
  behavior: string;
  faultOn: (attempt: number) => SimulatedFault | null;
};

const unavailable: SimulatedFault = {
  kind: "error",
  status: 503,
  code: "provider_unavailable",
  message: "The provider is temporarily unavailable (simulator test number)",
};

export const simulatorTestNumbers: readonly TestNumber[] = [
  {
    lastFour: "0400",
    example: "+13105550400",
    behavior: "422 number_unreachable on every attempt",
    faultOn: () => ({
      kind: "error",
      status: 422,
      code: "number_unreachable",
      message: "This number cannot receive calls (simulator test number)",
    }),
  },
  {
    lastFour: "0500",
    example: "+13105550500",
    behavior: "503 provider_unavailable on every attempt",
    faultOn: () => unavailable,
  },
  {
    lastFour: "0503",
    example: "+13105550503",
    behavior: "503 provider_unavailable on the first 2 attempts of a key, then 201",
    faultOn: (attempt) => (attempt <= 2 ? unavailable : null),
  },
  {
    lastFour: "0429",
    example: "+13105550429",
    behavior: "429 rate_limited with Retry-After: 1 on the first attempt of a key, then 201",
    faultOn: (attempt) =>
      attempt === 1
        ? {
            kind: "error",
            status: 429,
            code: "rate_limited",
            message: "Too many requests (simulator test number)",
            retryAfterSeconds: 1,
          }
        : null,
  },
  {
    lastFour: "0408",
    example: "+13105550408",
    behavior: "first attempt of a key outlasts the client's timeout (slowMs, default 15 s), then 201",
    faultOn: (attempt) => (attempt === 1 ? { kind: "slow" } : null),
  },
];

export function findTestNumber(phoneE164: string): TestNumber | undefined {
  const lastFour = phoneE164.replace(/\D/g, "").slice(-4);
  return simulatorTestNumbers.find((t) => t.lastFour === lastFour);
}
