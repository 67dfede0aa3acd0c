import assert from "node:assert/strict";
import { test } from "node:test";
import { parseLeadCsv } from "./import-csv";

test("a CSV of leads: rows checked like the feed's, refusals named by line, any header order and case", () => {
  const csv = [
    "Phone,Name,Service,Email",
    "(424) 555-0901,Ada Lovelace,Water heater,ada@example.com",
    "not a number,Bob Builder,,",
    '+1 424 555 0902,"Carla, Jr.",Furnace,',
    ",No Phone,,",
  ].join("\r\n");
  const { rows, errors } = parseLeadCsv(csv);
  assert.deepEqual(
    rows.map((r) => [r.line, r.lead.name, r.lead.phone, r.lead.serviceRequested, r.lead.email, r.lead.source]),
    [
      [2, "Ada Lovelace", "+14245550901", "Water heater", "ada@example.com", "CSV upload"],
      [4, "Carla, Jr.", "+14245550902", "Furnace", undefined, "CSV upload"],
    ],
  );
  assert.deepEqual(errors, [
    { line: 3, message: "phone: Not a valid phone number" },
    { line: 5, message: "phone: Enter a phone number" },
  ]);
});

test("a file without name and phone columns is refused whole", () => {
  assert.deepEqual(parseLeadCsv("email,notes\nx@example.com,hi").errors, [
    { line: 1, message: "The header needs a column named name and phone" },
  ]);
  assert.deepEqual(parseLeadCsv("").errors, [{ line: 1, message: "The file is empty" }]);
});
