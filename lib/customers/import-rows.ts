import { z } from "zod";
import { toE164 } from "@/lib/phone";
import { parseCsv } from "./csv-parse";

/** The columns an import reads; headers match case-insensitively, with the usual spellings. */
const COLUMNS = {
  name: ["name", "customer", "customer name", "full name"],
  preferredName: ["preferred name", "preferred_name", "goes by", "nickname"],
  phone: ["phone", "phone number", "phone_number", "mobile", "telephone"],
  email: ["email", "e-mail", "email address"],
  address: ["address", "street address"],
  notes: ["notes", "note"],
} as const;
type Column = keyof typeof COLUMNS;

export type ImportValues = {
  name: string;
  preferredName: string | null;
  phone: string;
  email: string | null;
  address: string | null;
  notes: string | null;
};

/** `row` is the line a spreadsheet shows (the header is row 1). */
export type ImportRow = { row: number; values: ImportValues | null; errors: string[]; raw: { name: string; phone: string } };

export const MAX_IMPORT_ROWS = 2000;

const email = z.email();

// Our own export puts an apostrophe before a cell that looks like a formula; take it off again.
const unguard = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v).trim();

const limit = (v: string, max: number, label: string, errors: string[]) => {
  if (v.length > max) errors.push(`${label} is longer than ${max} characters`);
  return v === "" ? null : v;
};

/**
 * Reads and checks every row of an import without touching the database: the header names the
 * columns, each row gets its errors in words, numbers are normalised to E.164 (libphonenumber-js,
 * US by default), and a number seen on an earlier row of the same file is an error naming that row.
 */
export function readImportRows(csv: string): { rows: ImportRow[]; fileError: string | null } {
  const records = parseCsv(csv);
  if (records.length === 0) return { rows: [], fileError: "The file is empty." };
  const header = records[0].cells.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(
    (Object.keys(COLUMNS) as Column[]).map((col) => [col, header.findIndex((h) => (COLUMNS[col] as readonly string[]).includes(h))]),
  ) as Record<Column, number>;
  if (index.name < 0 || index.phone < 0) {
    return { rows: [], fileError: "The first row must name the columns, with at least “name” and “phone”." };
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    return { rows: [], fileError: `At most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} customers per file; split it.` };
  }
  const seen = new Map<string, number>();
  const rows = records.slice(1).map(({ line, cells }): ImportRow => {
    const cell = (col: Column) => (index[col] >= 0 ? unguard(cells[index[col]] ?? "") : "");
    const errors: string[] = [];
    const name = cell("name");
    const phoneText = cell("phone");
    if (!name) errors.push("Name is missing");
    else if (name.length > 200) errors.push("Name is longer than 200 characters");
    const phone = phoneText ? toE164(phoneText) : null;
    if (!phoneText) errors.push("Phone is missing");
    else if (!phone) errors.push(`“${phoneText}” is not a valid phone number`);
    const mail = cell("email");
    if (mail && !email.safeParse(mail).success) errors.push(`“${mail}” is not a valid email address`);
    if (phone) {
      const first = seen.get(phone);
      if (first !== undefined) errors.push(`Same phone number as row ${first}`);
      else seen.set(phone, line);
    }
    const values: ImportValues = {
      name,
      phone: phone ?? "",
      preferredName: limit(cell("preferredName"), 100, "Preferred name", errors),
      email: limit(mail, 200, "Email", errors),
      address: limit(cell("address"), 300, "Address", errors),
      notes: limit(cell("notes"), 2000, "Notes", errors),
    };
    return { row: line, values: errors.length ? null : values, errors, raw: { name, phone: phoneText } };
  });
  return { rows, fileError: rows.length === 0 ? "The file has a header but no customers." : null };
}
