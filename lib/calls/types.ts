import type { CallStatus } from "@/db/schema/enums";
import type { RefusalKind } from "@/lib/provider/error-words";

/** The provider's refusal: our words are `message`; this is the small print and what to offer. */
export type ProviderRefusal = {
  kind: RefusalKind;
  smallPrint: string;
  /** 409: our call the provider had already placed with this key, when we know it. */
  conflictCallId: string | null;
  conflictProviderCallId: string | null;
};

/** What the place-call form shows after a submit. */
export type PlacedCall = {
  id: string;
  status: CallStatus;
  providerCallId: string | null;
  estimatedWait: number | null;
  trackingUrl: string | null;
  /** Why the provider or the dashboard refused it, or why sending is being retried. */
  message: string | null;
  /** For a call held until calling hours open. */
  scheduledFor: string | null;
  refusal: ProviderRefusal | null;
};

export type CustomerOption = {
  id: string;
  name: string;
  preferredName: string | null;
  phone: string;
  doNotCall: boolean;
  doNotCallReason: string | null;
};

export type AssistantOption = {
  id: string;
  name: string;
  providerAssistantId: string;
  purposes: string[];
};
