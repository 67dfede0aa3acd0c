import { parsePhoneNumberFromString } from "libphonenumber-js";

/** US is the default region: dispatchers type "(310) 555-0123" and mean +1. */
export const DEFAULT_REGION = "US" as const;

/** E.164 for a valid number, else null. */
export function toE164(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), DEFAULT_REGION);
  return parsed && parsed.isValid() ? parsed.number : null;
}

export function isValidPhone(input: string): boolean {
  return toE164(input) !== null;
}

/** "(310) 555-0123" for US numbers, international format otherwise. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164, DEFAULT_REGION);
  if (!parsed) return e164;
  return parsed.country === "US" ? parsed.formatNational() : parsed.formatInternational();
}
