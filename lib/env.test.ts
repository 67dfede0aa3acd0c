import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, parseEnv } from "./env";

const production = { NODE_ENV: "production", AUTH_SECRET: "a-long-enough-secret-for-tests" };

test("defaults fill an empty environment for development", () => {
  const e = parseEnv({});
  assert.equal(e.APP_URL, "http://localhost:3000");
  assert.equal(e.PROVIDER_TIMEOUT_MS, 10_000);
  assert.equal(e.SIMULATOR_SPEED, 1);
  assert.equal(e.JOB_WORKER, "1");
});

test("an empty variable counts as unset", () => {
  assert.equal(parseEnv({ DATABASE_URL: "", PROVIDER_API_URL: "" }).DATABASE_URL, undefined);
});

test("a bad value stops the start with the variable's name", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PROVIDER_TIMEOUT_MS: "soon" }, /PROVIDER_TIMEOUT_MS/],
    [{ APP_URL: "calls.example.com" }, /APP_URL/],
    [{ DATABASE_URL: "mysql://x@y/z" }, /DATABASE_URL: must be a postgres:\/\/ connection string/],
    [{ PROVIDER_WEBHOOK_SECRET: "plain-secret" }, /PROVIDER_WEBHOOK_SECRET: must start with whsec_/],
    [{ SIMULATOR: "yes" }, /SIMULATOR/],
    [{ DEMO_SEED: "true" }, /DEMO_SEED/],
  ];
  for (const [source, message] of cases) {
    assert.throws(
      () => parseEnv(source),
      (e: unknown) => e instanceof ConfigError && message.test(e.message),
      JSON.stringify(source),
    );
  }
});

test("production refuses a provider URL without its key and secret", () => {
  assert.throws(
    () => parseEnv({ ...production, PROVIDER_API_URL: "https://api.avoca.ai/v1" }),
    /PROVIDER_API_KEY and PROVIDER_WEBHOOK_SECRET are required/,
  );
  const ok = parseEnv({
    ...production,
    PROVIDER_API_URL: "https://api.avoca.ai/v1",
    PROVIDER_API_KEY: "k",
    PROVIDER_WEBHOOK_SECRET: "whsec_a2V5",
  });
  assert.equal(ok.PROVIDER_API_KEY, "k");
});

test("production needs a provider or an explicit simulator, and an auth secret", () => {
  assert.throws(() => parseEnv(production), /no provider: set PROVIDER_API_URL/);
  assert.throws(() => parseEnv({ NODE_ENV: "production", SIMULATOR: "on" }), /AUTH_SECRET is required in production/);
  assert.equal(parseEnv({ ...production, SIMULATOR: "on" }).SIMULATOR, "on");
  assert.throws(
    () =>
      parseEnv({
        ...production,
        SIMULATOR: "on",
        PROVIDER_API_URL: "https://api.avoca.ai/v1",
        PROVIDER_API_KEY: "k",
        PROVIDER_WEBHOOK_SECRET: "whsec_a2V5",
      }),
    /choose the real provider or the simulator/,
  );
});
