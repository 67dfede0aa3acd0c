import { createHash } from "node:crypto";
import { parseCsv } from "@/lib/customers/csv-parse";
import { leadCsvRowSchema } from "@/lib/validation/lead";
import { storeLead, type LeadFields } from "./store";

/** Header names people use for each field, lower-cased, to the feed's field names (leadCsvRowSchema). */
const COLUMNS: Record<string, "name" | "phone" | "email" | "address" | "service_requested" | "source" | "notes"> = {
  name: "name",
  phone: "phone",
  "phone number": "phone",
  email: "email",
  address: "address",
  service_requested: "service_requested",
  "service requested": "service_requested",
  service: "service_requested",
  source: "source",
  notes: "notes",
};
const MAX_ROWS = 1000;

export type LeadRowError = { line: number; message: string };
export type ParsedLeadCsv = { rows: { line: number; lead: Omit<LeadFields, "externalId"> }[]; errors: LeadRowError[] };

/** The CSV's leads, each checked like a feed's, and every refused row with its line and reason. */
export function parseLeadCsv(text: string): ParsedLeadCsv {
  const [header, ...records] = parseCsv(text);
  if (!header) return { rows: [], errors: [{ line: 1, message: "The file is empty" }] };
  const fields = header.cells.map((c) => COLUMNS[c.trim().toLowerCase()]);
  const missing = (["name", "phone"] as const).filter((f) => !fields.includes(f));
  if (missing.length > 0)
    return { rows: [], errors: [{ line: header.line, message: `The header needs a column named ${missing.join(" and ")}` }] };
  if (records.length > MAX_ROWS) return { rows: [], errors: [{ line: header.line, message: `At most ${MAX_ROWS} leads per file` }] };

  const rows: ParsedLeadCsv["rows"] = [];
  const errors: LeadRowError[] = [];
  for (const record of records) {
    const values: Record<string, string> = {};
    fields.forEach((field, i) => {
      if (field) values[field] = record.cells[i] ?? "";
    });
    const parsed = leadCsvRowSchema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ line: record.line, message: `${String(issue.path[0] ?? "row")}: ${issue.message}` });
      continue;
    }
    const { service_requested, source, ...rest } = parsed.data;
    rows.push({
      line: record.line,
      lead: { ...rest, serviceRequested: service_requested, source: source === "unknown" ? "CSV upload" : source },
    });
  }
  return { rows, errors };
}

/**
 * Stores the CSV's leads; each is called by the lead assistant like a feed's. A lead's key is a hash
 * of its row, so uploading the same file again adds and calls no one twice.
 */
export async function importLeadCsv(workspaceId: string, userId: string, text: string) {
  const { rows, errors } = parseLeadCsv(text);
  let added = 0;
  let duplicates = 0;
  for (const { lead } of rows) {
    const key = createHash("sha256")
      .update(JSON.stringify([lead.name, lead.phone, lead.email, lead.serviceRequested, lead.notes]))
      .digest("hex");
    const saved = await storeLead(workspaceId, { ...lead, externalId: `csv-${key.slice(0, 32)}` }, userId);
    if (saved.duplicate) duplicates++;
    else added++;
  }
  return { added, duplicates, errors };
}
