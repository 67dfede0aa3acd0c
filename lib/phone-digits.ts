/**
 * A search that is a phone number, whole or in part and in any format ("(310) 555-09", "555 0906",
 * "+1 310"), as the digits to find in a stored E.164 number; null for any other search.
 */
export function phoneDigits(q: string): string | null {
  if (!/^[\d\s()+.-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, "");
  return digits.length >= 3 ? digits : null;
}
