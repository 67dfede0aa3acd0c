/**
 * A save refused because another customer has the number carries that customer's id in the
 * result's `code`, so the form can link to them without a second request.
 */
const PREFIX = "duplicate_phone:";

export function duplicateCode(customerId: string): string {
  return `${PREFIX}${customerId}`;
}

export function duplicateOf(code: string | undefined): string | null {
  return code?.startsWith(PREFIX) ? code.slice(PREFIX.length) : null;
}
