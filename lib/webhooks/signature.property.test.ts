import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { signWebhook, verifyWebhook } from "./signature";

const secretArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => "whsec_" + Buffer.from(bytes).toString("base64"));
const idArb = fc.string({ minLength: 1, maxLength: 40 });
const timestampArb = fc.integer({ min: 0, max: 4_102_444_800 });
const bodyArb = fc.string({ unit: "binary", maxLength: 200 });
const B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

function check(secret: string, id: string, timestamp: number, body: string, signature: string) {
  return verifyWebhook({ secrets: [secret], headers: { id, timestamp: String(timestamp), signature }, body, now: timestamp });
}

test("sign then verify is ok", () => {
  fc.assert(
    fc.property(secretArb, idArb, timestampArb, bodyArb, (secret, id, timestamp, body) => {
      const signature = signWebhook({ secret, id, timestamp, body });
      assert.deepEqual(check(secret, id, timestamp, body, signature), { ok: true, id, timestamp });
    }),
  );
});

test("changing one code point of the body is rejected", () => {
  fc.assert(
    fc.property(
      secretArb,
      idArb,
      timestampArb,
      fc.string({ unit: "binary", minLength: 1, maxLength: 200 }),
      fc.nat(),
      fc.integer({ min: 1, max: 0xff }),
      (secret, id, timestamp, body, index, mask) => {
        const signature = signWebhook({ secret, id, timestamp, body });
        const points = Array.from(body);
        const i = index % points.length;
        let flipped = points[i].codePointAt(0)! ^ mask;
        // Lone surrogates all encode to U+FFFD in UTF-8, so they would not be a real change.
        if (flipped >= 0xd800 && flipped <= 0xdfff) flipped = flipped & 0xff || 1;
        points[i] = String.fromCodePoint(flipped);
        const tampered = points.join("");
        assert.notEqual(tampered, body);
        assert.equal(check(secret, id, timestamp, tampered, signature).ok, false);
      },
    ),
  );
});

test("changing one character of the base64 signature is rejected", () => {
  fc.assert(
    fc.property(
      secretArb,
      idArb,
      timestampArb,
      bodyArb,
      fc.nat(),
      fc.integer({ min: 1, max: B64_ALPHABET.length - 1 }),
      (secret, id, timestamp, body, index, shift) => {
        const signature = signWebhook({ secret, id, timestamp, body });
        const encoded = signature.slice("v1,".length);
        const i = index % encoded.length;
        const replacement = B64_ALPHABET[(B64_ALPHABET.indexOf(encoded[i]) + shift) % B64_ALPHABET.length];
        const tampered = "v1," + encoded.slice(0, i) + replacement + encoded.slice(i + 1);
        assert.notEqual(tampered, signature);
        assert.equal(check(secret, id, timestamp, body, tampered).ok, false);
      },
    ),
  );
});
