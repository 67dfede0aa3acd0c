import type { ProviderCallRequest } from "@/lib/provider/types";
import type { PlaceCallValues } from "@/lib/validation/call";
import { toOffsetIso, wallTimeToInstant } from "@/lib/time/zoned";

type Input = {
  values: PlaceCallValues;
  phoneE164: string;
  customer: { id: string; externalId: string | null; name: string; preferredName: string | null };
  providerAssistantId: string;
  timeZone: string;
  webhookUrl: string;
};

const contextKeys = {
  callbackReason: "callback_reason",
  previousInteraction: "previous_interaction",
  customMessage: "custom_message",
  appointmentInfo: "appointment_info",
  estimateInfo: "estimate_info",
} as const;

/** The snake_case body of CONTRACT.md §1. Slot wall times are read in the workspace's zone. */
export function buildProviderRequest({
  values,
  phoneE164,
  customer,
  providerAssistantId,
  timeZone,
  webhookUrl,
}: Input): ProviderCallRequest {
  const iso = (wall: string) => toOffsetIso(wallTimeToInstant(wall, timeZone), timeZone);

  const context: NonNullable<ProviderCallRequest["context"]> = {};
  for (const [field, key] of Object.entries(contextKeys) as [keyof typeof contextKeys, (typeof contextKeys)[keyof typeof contextKeys]][]) {
    const text = values.context[field]?.trim();
    if (text) context[key] = text;
  }

  const body: ProviderCallRequest = {
    phone_number: phoneE164,
    assistant_id: providerAssistantId,
    customer_info: {
      name: customer.name,
      customer_id: customer.externalId ?? customer.id,
      ...(customer.preferredName ? { preferred_name: customer.preferredName } : {}),
    },
    call_purpose: values.purpose,
    max_duration: values.maxDuration,
    record_call: values.recordCall,
    webhook_url: webhookUrl,
  };
  if (Object.keys(context).length > 0) body.context = context;
  if (values.slots.length > 0 || values.serviceDurationMinutes || values.earliestAvailable) {
    body.scheduling_options = {
      available_slots: values.slots.map((s) => ({ start: iso(s.start), end: iso(s.end) })),
      ...(values.serviceDurationMinutes ? { service_duration_minutes: values.serviceDurationMinutes } : {}),
      ...(values.earliestAvailable ? { earliest_available: iso(values.earliestAvailable) } : {}),
    };
  }
  return body;
}
