import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCsv } from "./csv-parse";
import { readImportRows } from "./import-rows";

test("CSV cells may hold quoted commas, doubled quotes and line breaks; CRLF, LF, a BOM and blank lines are read", () => {
  const text = '\uFEFFname,notes\r\n"Garcia, Maria","said ""hi""\nthen left"\r\n\r\nBob,x\n';
  assert.deepEqual(parseCsv(text), [
    { line: 1, cells: ["name", "notes"] },
    { line: 2, cells: ["Garcia, Maria", 'said "hi"\nthen left'] },
    { line: 5, cells: ["Bob", "x"] },
  ]);
});

test("each row is checked and normalised; errors name the spreadsheet row, duplicates name the first one", () => {
  const csv = [
    "Name,Phone,Email,Address",
    "Maria Garcia,(310) 555-0142,maria@example.com,12 Elm St",
    ",310-555-0143,,",
    "Bob Lee,555-12,,",
    "Ann Ray,+1 310 555 0142,not-an-email,",
    "'=Formula Guy,2125550100,,",
  ].join("\r\n");
  const { rows, fileError } = readImportRows(csv);
  assert.equal(fileError, null);
  assert.deepEqual(
    rows.map((r) => [r.row, r.errors]),
    [
      [2, []],
      [3, ["Name is missing"]],
      [4, ["“555-12” is not a valid phone number"]],
      [5, ["“not-an-email” is not a valid email address", "Same phone number as row 2"]],
      [6, []],
    ],
  );
  assert.equal(rows[0].values?.phone, "+13105550142");
  assert.equal(rows[0].values?.address, "12 Elm St");
  assert.equal(rows[4].values?.name, "=Formula Guy", "our export's formula guard is taken off again");
  assert.equal(rows[1].values, null);
});

test("a file without name and phone columns, or with no rows, is refused as a whole", () => {
  assert.match(readImportRows("first,last\nA,B").fileError ?? "", /“name” and “phone”/);
  assert.match(readImportRows("name,phone\n").fileError ?? "", /no customers/);
  assert.match(readImportRows("").fileError ?? "", /empty/);
});
