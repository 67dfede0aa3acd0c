import type { Call } from "@/db/schema";
import { explainRefusal, smallPrint } from "@/lib/provider/error-words";
import type { ProviderRefusal } from "./types";

/** What a refused call shows beside our words: the provider's small print, and the 409 link. */
export function refusalOf(call: Pick<Call, "status" | "providerError">): ProviderRefusal | null {
  const e = call.providerError;
  if (call.status !== "rejected" || !e) return null;
  return {
    kind: explainRefusal(e).kind,
    smallPrint: smallPrint(e),
    conflictCallId: e.conflictCallId ?? null,
    conflictProviderCallId: e.conflictProviderCallId ?? null,
  };
}
