import { dialableNumber } from "@/lib/phone";
import type { Recipient } from "@/lib/validation/campaign";
import { renderTemplate } from "./template";

export type RowError = { rowNumber: number; field: string; message: string };
export type CheckedRecipients = { recipients: Recipient[]; errors: RowError[]; merged: number; columns: string[] };

const column = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A CSV's rows checked as a campaign will dial them: a `phone` column (normalised to E.164, a
 * person's line in an allowed country), an optional valid `time_zone`, and every field the template
 * names. Row numbers count the header as row 1, as a spreadsheet shows them. Rows on the same
 * number are merged into the first. Shared by the browser's preview and the server's check.
 */
export function checkRecipients(table: string[][], opts: { allowedCountries: readonly string[]; template: string }): CheckedRecipients {
  const [header = [], ...body] = table;
  const columns = header.map(column);
  const errors: RowError[] = [];
  if (!columns.includes("phone")) {
    return {
      recipients: [],
      errors: [{ rowNumber: 1, field: "phone", message: "The first row must name a “phone” column" }],
      merged: 0,
      columns,
    };
  }
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  let merged = 0;
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    const raw: Record<string, string> = {};
    columns.forEach((c, j) => {
      if (c) raw[c] = (cells[j] ?? "").trim();
    });
    const checked = checkRecipient({ rowNumber, raw }, opts);
    if (!checked.ok) return errors.push(...checked.errors);
    if (seen.has(checked.recipient.phone)) {
      merged++;
      return;
    }
    seen.add(checked.recipient.phone);
    recipients.push(checked.recipient);
  });
  return { recipients, errors, merged, columns };
}

/** One row: its raw cells by column name. */
export function checkRecipient(
  { rowNumber, raw }: { rowNumber: number; raw: Record<string, string> },
  opts: { allowedCountries: readonly string[]; template: string },
): { ok: true; recipient: Recipient } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const dial = raw.phone ? dialableNumber(raw.phone, opts.allowedCountries) : { ok: false as const, reason: "No phone number" };
  if (!dial.ok) errors.push({ rowNumber, field: "phone", message: dial.reason });
  const zone = raw.time_zone || undefined;
  if (zone && !isTimeZone(zone)) errors.push({ rowNumber, field: "time_zone", message: `Unknown time zone “${zone}”` });
  const { phone: _phone, time_zone: _zone, ...fields } = raw;
  if (!fields.first_name && fields.name) fields.first_name = fields.name.split(/\s+/)[0];
  for (const name of renderTemplate(opts.template, fields).missing) {
    errors.push({ rowNumber, field: name, message: `Empty, and the context template uses {${name}}` });
  }
  if (errors.length > 0 || !dial.ok) return { ok: false, errors };
  const name = fields.name || [fields.first_name, fields.last_name].filter(Boolean).join(" ") || dial.e164;
  return { ok: true, recipient: { rowNumber, phone: dial.e164, name: name.slice(0, 200), timeZone: zone, fields } };
}
