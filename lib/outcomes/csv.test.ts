import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { csvCell, csvRow } from "./csv";

test("plain cells stay as they are; quotes, commas and line breaks are quoted", () => {
  assert.equal(csvCell("Pat Smith"), "Pat Smith");
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell("a,b"), '"a,b"');
  assert.equal(csvCell("line\nbreak"), '"line\nbreak"');
  assert.equal(csvCell(null), "");
  assert.equal(csvCell(42), "42");
  assert.equal(csvRow(["a", null, 3]), "a,,3\r\n");
});

test("a cell a spreadsheet would run as a formula is neutralized", () => {
  for (const evil of ["=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1"]) assert.ok(csvCell(evil).replace(/^"/, "").startsWith("'"), evil);
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  // Numbers are values we wrote, not text a customer said: negative durations never occur, but stay numbers.
  assert.equal(csvCell(-1), "-1");
});

/** A minimal RFC 4180 reader, to check that any text survives a round trip. */
function parseRow(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else value += line[i++];
      }
      cells.push(value);
      i += 2;
    } else {
      const end = line.indexOf(",", i) === -1 ? line.length : line.indexOf(",", i);
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

test("any text round-trips through a CSV reader (formula cells keep their apostrophe)", () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 }), (cells) => {
      const row = csvRow(cells);
      const expected = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c));
      assert.deepEqual(parseRow(row.slice(0, -2)), expected);
    }),
    { numRuns: 500 },
  );
});
