/**
 * CSV per RFC 4180: a cell with a quote, comma or line break is quoted, quotes doubled. A cell
 * that a spreadsheet would read as a formula (= + - @, or a leading tab/CR that hides one) gets a
 * leading apostrophe: OWASP's advice against CSV injection, since notes and summaries quote
 * customers and anyone can say "=HYPERLINK(…)" on a call.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, CRLF-terminated as the RFC and Excel expect. */
export function csvRow(cells: (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
