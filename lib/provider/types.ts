import type { CallPurpose } from "@/db/schema/enums";

/** The provider's wire format (CONTRACT.md §1), snake_case exactly as sent and received. */

export type ProviderSlot = {
  /** ISO-8601 with an offset, e.g. "2024-01-23T14:00:00-08:00". */
  start: string;
  end: string;
};

export type ProviderCallRequest = {
  /** E.164; the dashboard always normalizes before sending. */
  phone_number: string;
  assistant_id: string;
  customer_info: {
    name: string;
    customer_id?: string;
    preferred_name?: string;
  };
  call_purpose: CallPurpose;
  context?: {
    callback_reason?: string;
    previous_interaction?: string;
    custom_message?: string;
    appointment_info?: string;
    estimate_info?: string;
  };
  scheduling_options?: {
    available_slots: ProviderSlot[];
    service_duration_minutes?: number;
    earliest_available?: string;
  };
  /** Seconds, 30 to 3,600. */
  max_duration: number;
  record_call: boolean;
  webhook_url: string;
};

export const providerInitialStatuses = ["queued", "dialing", "failed"] as const;
export type ProviderInitialStatus = (typeof providerInitialStatuses)[number];

export type ProviderCallAccepted = {
  data: {
    call_id: string;
    status: ProviderInitialStatus;
    /** Seconds before the call is placed. */
    estimated_wait: number;
    assistant_id: string;
    tracking_url: string;
  };
  meta: {
    request_id: string;
    timestamp: string;
  };
};

/** Codes the built-in simulator uses; a real provider may send others. */
export type ProviderErrorCode =
  | "unauthorized"
  | "forbidden"
  | "unsupported_media_type"
  | "invalid_json"
  | "missing_idempotency_key"
  | "validation_error"
  | "number_unreachable"
  | "assistant_not_found"
  | "idempotency_conflict"
  | "rate_limited"
  | "provider_unavailable"
  | "provider_timeout"
  | "not_found"
  | "method_not_allowed";

export type ProviderError = {
  error: {
    code: ProviderErrorCode | (string & {});
    message: string;
    retryable: boolean;
  };
};
