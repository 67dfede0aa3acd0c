import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";

// Integration: the sign-in throttle and audit against a real database (PGlite, or PostgreSQL when
// DATABASE_URL is set). The throttle lives in the database so it holds across app instances.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

async function mods() {
  const [signIn, { db }, schema, { hashPassword }] = await Promise.all([
    import("./sign-in"),
    import("@/db"),
    import("@/db/schema"),
    import("./credentials"),
  ]);
  return { ...signIn, db, ...schema, hashPassword };
}

async function createUser(email: string, password: string) {
  const { db, users, hashPassword } = await mods();
  const [user] = await db
    .insert(users)
    .values({ email, name: "Sign In", passwordHash: await hashPassword(password) })
    .returning();
  return user;
}

/** What a caller sees of one attempt: the user, a plain refusal, or a throttle with its wait. */
async function attempt(email: string, password: string, address: string) {
  const { authorizeSignIn, SignInThrottled } = await mods();
  try {
    const user = await authorizeSignIn({ email, password, address });
    return user ? "ok" : "refused";
  } catch (error) {
    if (error instanceof SignInThrottled) return `throttled ${error.retryAfterSeconds > 0 ? "wait" : "now"}`;
    throw error;
  }
}

test("the right password signs in; a wrong one is refused and audited", async () => {
  const { db, signInAudit } = await mods();
  const user = await createUser("right@test.example", "correct horse");
  assert.equal(await attempt("right@test.example", "correct horse", "10.0.0.1"), "ok");
  assert.equal(await attempt("right@test.example", "wrong", "10.0.0.1"), "refused");
  const audit = await db.select().from(signInAudit).where(eq(signInAudit.email, "right@test.example"));
  assert.equal(audit.length, 1);
  assert.equal(audit[0].outcome, "failed");
  assert.equal(audit[0].userId, user.id);
  assert.equal(audit[0].address, "10.0.0.1");
});

test("after 5 failures an account waits, from any address, and the same holds for an unknown email", async () => {
  await createUser("known@test.example", "secret-1");
  for (const email of ["known@test.example", "nobody@test.example"]) {
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) seen.push(await attempt(email, "wrong", `10.1.${i}.1`));
    // The 5th failure starts the backoff; the 6th attempt is not even checked.
    assert.deepEqual(seen, ["refused", "refused", "refused", "refused", "refused", "throttled wait"], email);
  }
  // Even the right password waits out the backoff.
  assert.equal(await attempt("known@test.example", "secret-1", "10.1.9.1"), "throttled wait");
});

test("ten attempts a minute per address, whatever the account", async () => {
  const seen: string[] = [];
  for (let i = 0; i < 11; i++) seen.push(await attempt(`spray-${i}@test.example`, "wrong", "10.2.0.1"));
  assert.deepEqual(seen, [...Array(10).fill("refused"), "throttled wait"]);
  assert.equal(await attempt("spray-x@test.example", "wrong", "10.2.0.2"), "refused");
  const { db, signInAudit } = await mods();
  const throttled = await db.select().from(signInAudit).where(eq(signInAudit.address, "10.2.0.1"));
  assert.deepEqual(throttled.map((r) => r.outcome).sort(), [...Array(10).fill("failed"), "throttled"]);
});

test("a success clears the account's failure count", async () => {
  await createUser("clears@test.example", "pw-ok");
  for (let i = 0; i < 4; i++) assert.equal(await attempt("clears@test.example", "wrong", `10.3.${i}.1`), "refused");
  assert.equal(await attempt("clears@test.example", "pw-ok", "10.3.8.1"), "ok");
  for (let i = 0; i < 4; i++) assert.equal(await attempt("clears@test.example", "wrong", `10.3.${i}.2`), "refused");
});

test("the throttle's wait reaches the form and the auth route through next-auth's error code", async () => {
  const { SignInThrottled, throttledSeconds } = await mods();
  assert.equal(throttledSeconds(new SignInThrottled(42).code), 42);
  assert.equal(throttledSeconds("credentials"), null);
});
