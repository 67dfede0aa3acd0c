/**
 * Reads CSV per RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; lines end
 * in CRLF or LF; a byte-order mark (Excel's "CSV UTF-8") is dropped. Returns the records with the
 * line number each starts on, so an error can name the row a spreadsheet shows.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    // A blank line is no record.
    if (cells.length > 1 || cells[0] !== "") records.push({ line: start, cells });
    cells = [];
    cell = "";
    touched = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      touched = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
      touched = true;
    } else if (ch === "\r" && src[i + 1] === "\n") continue;
    else if (ch === "\n" || ch === "\r") {
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
      touched = true;
    }
  }
  if (touched || cell !== "" || cells.length > 0) endRecord();
  return records;
}
