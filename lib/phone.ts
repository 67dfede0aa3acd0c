import { parsePhoneNumberFromString, type NumberType, type PhoneNumber } from "libphonenumber-js/max";

/** US is the default region: dispatchers type "(310) 555-0123" and mean +1. */
export const DEFAULT_REGION = "US" as const;

/** Countries a new workspace may call. */
export const DEFAULT_ALLOWED_COUNTRIES = ["US", "CA"] as const;

/**
 * US territories have their own ISO codes but share +1 and US calling rules: a workspace that may
 * call the US may call them (Puerto Rico's 787, Guam's 671 are customers like any other).
 */
const US_TERRITORIES = ["PR", "GU", "VI", "AS", "MP"];

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const countryName = (code: string) => (code === "US" ? "the US" : (regionNames.of(code) ?? code));

/**
 * Types that are not a person's or a household's line. Premium-rate numbers charge the caller;
 * toll-free, personal (500/533…), shared-cost and the like have no place, so no calling-hours zone.
 */
const REFUSED_TYPES: Partial<Record<NonNullable<NumberType>, string>> = {
  PREMIUM_RATE: "This is a premium-rate number (like +1 900): calling it costs money per minute. It cannot be called.",
  TOLL_FREE: "This is a toll-free number (800, 888 …), a business line with no local time. Use the customer's own number.",
  PERSONAL_NUMBER: "This is a non-geographic personal number (500, 533 …) with no local time. Use the customer's own number.",
  SHARED_COST: "This is a shared-cost number, not a customer's line. Use the customer's own number.",
  UAN: "This is a company's universal access number, not a customer's line. Use the customer's own number.",
  VOICEMAIL: "This number reaches a voicemail service directly. Use the customer's own number.",
  PAGER: "This is a pager number. Use the customer's own number.",
};

/** North American 976 exchanges were pay-per-call lines; the metadata types them as ordinary. */
const NANP_976 = /^\+1\d{3}976\d{4}$/;

function parse(input: string): PhoneNumber | undefined {
  return parsePhoneNumberFromString(input.trim(), DEFAULT_REGION);
}

/** E.164 for a valid number, else null. An extension is not part of it: see `dialableNumber`. */
export function toE164(input: string): string | null {
  const parsed = parse(input);
  return parsed && parsed.isValid() ? parsed.number : null;
}

export function isValidPhone(input: string): boolean {
  return toE164(input) !== null;
}

export type DialVerdict = { ok: true; e164: string } | { ok: false; reason: string };

/**
 * Whether the assistant may dial this number for the workspace: valid, no extension (the provider
 * dials E.164 only, so an extension would be dropped without a word), a person's line, and in a
 * country the workspace may call. The reason is written for the dispatcher.
 */
export function dialableNumber(input: string, allowedCountries: readonly string[]): DialVerdict {
  const parsed = parse(input);
  if (!parsed || !parsed.isValid()) return { ok: false, reason: "Not a valid phone number" };
  if (parsed.ext) {
    return {
      ok: false,
      reason: `The assistant cannot dial extensions (ext. ${parsed.ext}). Enter the customer's direct number, or put the extension in the context.`,
    };
  }
  const typeReason = REFUSED_TYPES[parsed.getType() ?? "FIXED_LINE_OR_MOBILE"];
  if (typeReason) return { ok: false, reason: typeReason };
  if (NANP_976.test(parsed.number))
    return { ok: false, reason: "976 numbers are pay-per-call lines that charge the caller. It cannot be called." };
  const allowed = new Set(allowedCountries.flatMap((c) => (c === "US" ? [c, ...US_TERRITORIES] : [c])));
  if (!parsed.country || !allowed.has(parsed.country)) {
    const names = allowedCountries
      .map(countryName)
      .join(", ")
      .replace(/, ([^,]*)$/, " and $1");
    const where = parsed.country ? `in ${countryName(parsed.country)}` : "not tied to a country";
    return { ok: false, reason: `This workspace calls numbers in ${names} only; this one is ${where}.` };
  }
  return { ok: true, e164: parsed.number };
}

/** "(310) 555-0123" for US numbers, international format otherwise. */
export function formatPhone(e164: string): string {
  const parsed = parse(e164);
  if (!parsed) return e164;
  return parsed.country === "US" ? parsed.formatNational() : parsed.formatInternational();
}
