import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { openTestDatabase } from "@/db/testing/test-database";
import { createMember, createWorkspace } from "@/db/testing/factories";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

const VIEW = ["dispatcher", "manager", "admin"] as const;

/** Moves a session's clock back, as if it had been created or last used that long ago. */
async function age(sessionId: string, column: "created_at" | "last_seen_at", seconds: number) {
  const { db } = await import("@/db");
  await db.execute(sql`update sessions set ${sql.raw(column)} = now() - make_interval(secs => ${seconds}) where id = ${sessionId}`);
}

async function lastSeen(sessionId: string): Promise<Date> {
  const { db } = await import("@/db");
  const { executeRows } = await import("@/db/raw");
  const [row] = await executeRows<{ last_seen_at: string | Date }>(db, sql`select last_seen_at from sessions where id = ${sessionId}`);
  return new Date(row.last_seen_at);
}

test("a session is live until it is ended, and only for its own user", async () => {
  const { endSession, liveSessionUser, startSession } = await import("./sessions");
  const workspace = await createWorkspace();
  const member = await createMember(workspace);
  const other = await createMember(workspace);
  const sessionId = await startSession({ userId: member.user.id, userAgent: "test" });

  assert.equal((await liveSessionUser({ sessionId, userId: member.user.id }))?.email, member.user.email);
  assert.equal(await liveSessionUser({ sessionId, userId: other.user.id }), null, "another user's id does not fit the session");

  await endSession({ sessionId });
  assert.equal(await liveSessionUser({ sessionId, userId: member.user.id }), null, "signed out means gone on the next request");
});

test("12 hours after sign-in the session ends however busy it was; 8 idle hours end it sooner", async () => {
  const { liveSessionUser, SESSION_LIMITS } = await import("./sessions");
  const workspace = await createWorkspace();
  const busy = await createMember(workspace);
  await age(busy.sessionId, "created_at", SESSION_LIMITS.lifetimeSeconds - 60);
  assert.ok(await liveSessionUser({ sessionId: busy.sessionId, userId: busy.user.id }), "11 h 59 min after sign-in, still live");
  await age(busy.sessionId, "created_at", SESSION_LIMITS.lifetimeSeconds + 60);
  assert.equal(await liveSessionUser({ sessionId: busy.sessionId, userId: busy.user.id }), null, "used a second ago, but 12 h old");

  const idle = await createMember(workspace);
  await age(idle.sessionId, "last_seen_at", SESSION_LIMITS.idleSeconds - 60);
  assert.ok(await liveSessionUser({ sessionId: idle.sessionId, userId: idle.user.id }), "7 h 59 min idle, still live");
  const touched = await lastSeen(idle.sessionId);
  assert.ok(Date.now() - touched.getTime() < 60_000, "a request marks the session used");
  await age(idle.sessionId, "last_seen_at", SESSION_LIMITS.idleSeconds + 60);
  assert.equal(await liveSessionUser({ sessionId: idle.sessionId, userId: idle.user.id }), null, "8 h without a request");
});

test("a request within the minute does not write the session again", async () => {
  const { liveSessionUser } = await import("./sessions");
  const member = await createMember(await createWorkspace());
  await age(member.sessionId, "last_seen_at", 30);
  const before = await lastSeen(member.sessionId);
  await liveSessionUser({ sessionId: member.sessionId, userId: member.user.id });
  assert.equal((await lastSeen(member.sessionId)).getTime(), before.getTime());
});

test("revoking a person's sessions ends all of them but the one kept", async () => {
  const { liveSessionUser, revokeUserSessions, startSession } = await import("./sessions");
  const member = await createMember(await createWorkspace());
  const bystander = await createMember(member.workspace);
  const phone = await startSession({ userId: member.user.id });
  const laptop = await startSession({ userId: member.user.id });

  assert.equal(await revokeUserSessions({ userId: member.user.id, exceptSessionId: laptop, reason: "disabled" }), 2);
  assert.equal(await liveSessionUser({ sessionId: phone, userId: member.user.id }), null);
  assert.equal(await liveSessionUser({ sessionId: member.sessionId, userId: member.user.id }), null);
  assert.ok(await liveSessionUser({ sessionId: laptop, userId: member.user.id }));
  assert.ok(await liveSessionUser({ sessionId: bystander.sessionId, userId: bystander.user.id }), "other people keep theirs");

  assert.equal(await revokeUserSessions({ userId: member.user.id }), 1);
  assert.equal(await liveSessionUser({ sessionId: laptop, userId: member.user.id }), null);
});

test("a password change sets the new password and ends the person's other sessions", async () => {
  const { changePassword, liveSessionUser, startSession } = await import("./sessions");
  const { verifyCredentials } = await import("./credentials");
  const member = await createMember(await createWorkspace());
  const other = await startSession({ userId: member.user.id });

  await changePassword({ userId: member.user.id, password: "a new long passphrase", keepSessionId: member.sessionId });
  assert.ok(await liveSessionUser({ sessionId: member.sessionId, userId: member.user.id }), "the session that changed it stays");
  assert.equal(await liveSessionUser({ sessionId: other, userId: member.user.id }), null);
  assert.equal((await verifyCredentials(member.user.email, "a new long passphrase"))?.id, member.user.id);
});

test("a live stream may go on only while the session lives and the role still allows it", async () => {
  const { db } = await import("@/db");
  const { memberships } = await import("@/db/schema");
  const { and, eq } = await import("drizzle-orm");
  const { endSession, sessionStillAllowed } = await import("./sessions");
  const workspace = await createWorkspace();
  const member = await createMember(workspace, "manager");
  const key = { sessionId: member.sessionId, userId: member.user.id, workspaceId: workspace.id };
  const where = and(eq(memberships.userId, member.user.id), eq(memberships.workspaceId, workspace.id));

  assert.equal(await sessionStillAllowed(key, ["manager", "admin"]), true);
  await db.update(memberships).set({ role: "dispatcher" }).where(where);
  assert.equal(await sessionStillAllowed(key, ["manager", "admin"]), false, "role changed");
  assert.equal(await sessionStillAllowed(key, VIEW), true);
  assert.equal(await sessionStillAllowed({ ...key, workspaceId: (await createWorkspace()).id }, VIEW), false, "not a member there");
  await db.delete(memberships).where(where);
  assert.equal(await sessionStillAllowed(key, VIEW), false, "membership removed");

  const again = await createMember(workspace);
  const key2 = { sessionId: again.sessionId, userId: again.user.id, workspaceId: workspace.id };
  assert.equal(await sessionStillAllowed(key2, VIEW), true);
  await endSession({ sessionId: again.sessionId });
  assert.equal(await sessionStillAllowed(key2, VIEW), false, "signed out");
});

test("people administration ends sessions: disabling a person, changing their role", async () => {
  const { changeRole, setEnabled } = await import("@/lib/people/administer");
  const { liveSessionUser, sessionStillAllowed } = await import("./sessions");
  const workspace = await createWorkspace();
  const admin = await createMember(workspace, "admin");
  const disabled = await createMember(workspace);
  const promoted = await createMember(workspace);
  const by = { userId: admin.user.id, workspaceId: workspace.id };

  assert.ok((await setEnabled(by, { userId: disabled.user.id, enabled: false })).ok);
  assert.equal(await liveSessionUser({ sessionId: disabled.sessionId, userId: disabled.user.id }), null);
  const streamKey = { sessionId: disabled.sessionId, userId: disabled.user.id, workspaceId: workspace.id };
  assert.equal(await sessionStillAllowed(streamKey, VIEW), false, "their live streams end at the next re-check");

  assert.ok((await changeRole(by, { userId: promoted.user.id, role: "manager" })).ok);
  assert.equal(
    await liveSessionUser({ sessionId: promoted.sessionId, userId: promoted.user.id }),
    null,
    "signs in again with the new role",
  );
  assert.ok(await liveSessionUser({ sessionId: admin.sessionId, userId: admin.user.id }), "the admin's own session stays");
});
