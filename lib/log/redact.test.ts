import assert from "node:assert/strict";
import { test } from "node:test";
import { maskPhones, redactFields, serializeError } from "./redact";

test("phone numbers are masked to their last two digits wherever they appear", () => {
  assert.equal(maskPhones("calling +1 (555) 123-4567 now"), "calling [phone …67] now");
  assert.equal(maskPhones("+15551234567"), "[phone …67]");
  assert.equal(maskPhones("job #42 took 1500 ms"), "job #42 took 1500 ms");
  for (const id of ["2b0e1234-5678-89b5-1234-40c8d0daebe3", "2026-11-30T10:52:11.025Z", "sha 1234567890abcdef"]) {
    assert.equal(maskPhones(id), id);
  }
});

test("request ids and digests are kept as they are, to be quoted", () => {
  assert.deepEqual(redactFields({ requestId: "2b0e1234-5678", digest: "566872167" }), { requestId: "2b0e1234-5678", digest: "566872167" });
});

test("fields that hold people's data or bodies are replaced, others kept", () => {
  const out = redactFields({
    callId: "c-1",
    phone: "+15551234567",
    customerName: "Ada Lovelace",
    caller_name: "Ada",
    transcript: [{ text: "hello" }],
    rawBody: '{"from":"+15551234567"}',
    nested: { from: "+15551234567", to: "+15557654321", status: 500 },
    note: "call +15551234567 back",
  });
  assert.equal(out.callId, "c-1");
  assert.equal(out.phone, "[redacted]");
  assert.equal(out.customerName, "[redacted]");
  assert.equal(out.caller_name, "[redacted]");
  assert.equal(out.transcript, "[redacted]");
  assert.equal(out.rawBody, "[redacted]");
  assert.deepEqual(out.nested, { from: "[redacted]", to: "[redacted]", status: 500 });
  assert.equal(out.note, "[redacted]");
  assert.doesNotMatch(JSON.stringify(out), /5551234567|Ada/);
});

test("a failed query's error keeps its SQL and code but not its parameters or the row in detail", () => {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "customers_phone"'), {
    code: "23505",
    detail: "Key (workspace_id, phone)=(w1, +15551234567) already exists.",
    constraint: "customers_phone",
  });
  const error = Object.assign(
    new Error('Failed query: insert into "customers" ("phone", "name") values ($1, $2)\nparams: +15551234567,Ada Lovelace', { cause }),
    { query: 'insert into "customers" ("phone", "name") values ($1, $2)', params: ["+15551234567", "Ada Lovelace"] },
  );
  error.name = "DrizzleQueryError";
  const text = JSON.stringify(serializeError(error));
  assert.match(text, /insert into \\"customers\\"/);
  assert.match(text, /23505/);
  assert.match(text, /customers_phone/);
  assert.doesNotMatch(text, /5551234567|Ada|Lovelace|already exists/);
});
