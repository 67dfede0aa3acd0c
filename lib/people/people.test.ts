import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTestDatabase } from "@/db/testing/test-database";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.cleanup());

// Loaded after the test database is open: the process-wide handle reads the environment once.
async function mods() {
  const [setup, administer, accept, users, invitations, credentials, audit, alerts, workspaces] = await Promise.all([
    import("@/lib/setup/complete-setup"),
    import("./administer"),
    import("./accept"),
    import("@/db/queries/users"),
    import("@/db/queries/invitations"),
    import("@/lib/auth/credentials"),
    import("@/db/queries/audit"),
    import("@/db/queries/alerts"),
    import("@/lib/workspaces/administer"),
  ]);
  return { ...setup, ...administer, ...accept, ...users, ...invitations, ...credentials, ...audit, ...alerts, ...workspaces };
}

const HOURS = Array.from({ length: 7 }, (_, d) => ({ open: d >= 1 && d <= 5, from: "08:00", to: "18:00" }));
const STRONG = "copper-kettle-harbor-lantern";
const tokenOf = (url: string) => url.split("/invite/")[1];

let workspaceId = "";
let adminId = "";

test("set-up makes the first workspace and admin once, even when two run at once", async () => {
  const m = await mods();
  assert.equal(await m.needsSetup(), true);
  const values = {
    company: "Northwind Heating",
    timeZone: "America/Chicago",
    businessHours: HOURS,
    providerWorkspaceId: "ws_northwind",
    adminName: "Ada Admin",
    adminEmail: "ada@northwind.test",
    password: STRONG,
  };
  const weak = await m.completeSetup({ ...values, password: "password123" });
  assert.equal(weak.ok, false);
  assert.equal(!weak.ok && weak.reason, "weak_password");

  const [a, b] = await Promise.all([m.completeSetup(values), m.completeSetup({ ...values, adminEmail: "other@northwind.test" })]);
  assert.equal([a, b].filter((r) => r.ok).length, 1, "exactly one set-up wins");
  assert.equal([a, b].find((r) => !r.ok && r.reason === "already_set_up") !== undefined, true);
  const won = (a.ok ? a : b) as { ok: true; workspaceId: string; userId: string };
  workspaceId = won.workspaceId;
  adminId = won.userId;
  assert.equal(await m.needsSetup(), false);
  const [membership] = await m.listMemberships({ userId: adminId });
  assert.equal(membership.role, "admin");
  assert.equal(membership.workspace.providerWorkspaceId, "ws_northwind");
  assert.deepEqual(membership.workspace.businessHours["1"], { open: "08:00", close: "18:00" });
  assert.equal(membership.workspace.businessHours["0"], undefined);
});

test("an invitation link works once and makes a member with the role it named", async () => {
  const m = await mods();
  const admin = { userId: adminId, workspaceId };
  const invited = await m.invitePerson(admin, { email: "dev@northwind.test", role: "dispatcher" });
  assert.ok(invited.ok);
  const token = tokenOf(invited.data.url);
  assert.equal((await m.viewLink(token)).state, "open");

  const weak = await m.redeemLink(token, { name: "Dev", password: "dispatcher1" });
  assert.equal(weak.ok, false);
  const joined = await m.redeemLink(token, { name: "Dev Dispatcher", password: STRONG });
  assert.deepEqual(joined, { ok: true, email: "dev@northwind.test" });
  const user = await m.verifyCredentials("dev@northwind.test", STRONG);
  assert.ok(user);
  assert.equal((await m.findMembership({ userId: user.id, workspaceId }))?.role, "dispatcher");

  assert.equal((await m.viewLink(token)).state, "used");
  const again = await m.redeemLink(token, { name: "Mallory", password: "another-strong-pass-phrase-42" });
  assert.equal(again.ok, false);
  assert.equal((await m.viewLink("not-a-real-token-at-all-0123456789")).state, "invalid");

  const repeat = await m.invitePerson(admin, { email: "dev@northwind.test", role: "manager" });
  assert.equal(repeat.ok, false, "a member is not invited twice");
});

test("two tabs redeeming one link at once: one account, one membership", async () => {
  const m = await mods();
  const invited = await m.invitePerson({ userId: adminId, workspaceId }, { email: "race@northwind.test", role: "manager" });
  assert.ok(invited.ok);
  const token = tokenOf(invited.data.url);
  const results = await Promise.allSettled([
    m.redeemLink(token, { name: "Racer One", password: STRONG }),
    m.redeemLink(token, { name: "Racer Two", password: STRONG }),
  ]);
  const wins = results.filter((r) => r.status === "fulfilled" && r.value.ok);
  assert.equal(wins.length, 1);
  const members = await m.listMembers({ workspaceId });
  assert.equal(members.filter((p) => p.email === "race@northwind.test").length, 1);
});

test("withdrawn and expired links open nothing", async () => {
  const m = await mods();
  const admin = { userId: adminId, workspaceId };
  const invited = await m.invitePerson(admin, { email: "gone@northwind.test", role: "dispatcher" });
  assert.ok(invited.ok);
  const [open] = await m.listOpenInvitations({ workspaceId });
  assert.equal(open.email, "gone@northwind.test");
  assert.ok((await m.withdrawInvitation(admin, { id: open.id })).ok);
  assert.equal((await m.viewLink(tokenOf(invited.data.url))).state, "withdrawn");
  assert.equal((await m.redeemLink(tokenOf(invited.data.url), { name: "Gone", password: STRONG })).ok, false);

  const later = await m.invitePerson(admin, { email: "late@northwind.test", role: "dispatcher" });
  assert.ok(later.ok);
  const eightDays = new Date(Date.now() + 8 * 24 * 3600_000);
  assert.equal(
    (await m.listOpenInvitations({ workspaceId, now: eightDays })).some((l) => l.email === "late@northwind.test"),
    false,
  );
});

test("a person with an account joins a second workspace with their own password", async () => {
  const m = await mods();
  const created = await m.createWorkspace(
    { userId: adminId, workspace: (await m.listMemberships({ userId: adminId }))[0].workspace },
    { name: "Southwind Plumbing", timeZone: "America/Denver", providerWorkspaceId: "ws_southwind" },
  );
  assert.ok(created.ok);
  const invited = await m.invitePerson({ userId: adminId, workspaceId: created.data.id }, { email: "dev@northwind.test", role: "manager" });
  assert.ok(invited.ok);
  const token = tokenOf(invited.data.url);
  const view = await m.viewLink(token);
  assert.ok(view.state === "open" && view.hasAccount);
  assert.equal((await m.redeemLink(token, { password: "x", currentPassword: "wrong-password" })).ok, false);
  assert.ok((await m.redeemLink(token, { password: STRONG, currentPassword: STRONG })).ok);
  const user = await m.findUserByEmail({ email: "dev@northwind.test" });
  const roles = (await m.listMemberships({ userId: user!.id })).map((r) => [r.workspace.name, r.role]);
  assert.deepEqual(roles, [
    ["Northwind Heating", "dispatcher"],
    ["Southwind Plumbing", "manager"],
  ]);
});

test("roles change, people are disabled and enabled, the last admin stays, all audited", async () => {
  const m = await mods();
  const admin = { userId: adminId, workspaceId };
  const dev = (await m.findUserByEmail({ email: "dev@northwind.test" }))!;
  assert.ok((await m.changeRole(admin, { userId: dev.id, role: "manager" })).ok);
  assert.equal((await m.findMembership({ userId: dev.id, workspaceId }))?.role, "manager");

  assert.ok((await m.setEnabled(admin, { userId: dev.id, enabled: false })).ok);
  assert.equal(await m.findMembership({ userId: dev.id, workspaceId }), null, "a disabled member opens nothing here");
  assert.equal((await m.listMemberships({ userId: dev.id })).length, 1, "their other workspace is untouched");
  assert.ok((await m.setEnabled(admin, { userId: dev.id, enabled: true })).ok);
  assert.equal((await m.findMembership({ userId: dev.id, workspaceId }))?.role, "manager");

  assert.equal((await m.changeRole(admin, { userId: adminId, role: "dispatcher" })).ok, false, "the last admin cannot step down");
  assert.equal((await m.setEnabled(admin, { userId: adminId, enabled: false })).ok, false, "nor disable themselves");
  assert.ok((await m.changeRole(admin, { userId: dev.id, role: "admin" })).ok);
  assert.ok((await m.changeRole(admin, { userId: adminId, role: "manager" })).ok, "with a second admin, they can");

  const trail = await m.listAuditFor({ workspaceId, entityType: "user", entityId: dev.id });
  const actions = trail.map((t) => t.action);
  for (const a of ["person.role_changed", "person.disabled", "person.enabled", "person.joined"]) assert.ok(actions.includes(a), a);
});

test("a password reset link sets a new password once", async () => {
  const m = await mods();
  const dev = (await m.findUserByEmail({ email: "dev@northwind.test" }))!;
  const link = await m.passwordResetLink({ userId: dev.id, workspaceId }, { userId: dev.id });
  assert.ok(link.ok);
  const token = tokenOf(link.data.url);
  const view = await m.viewLink(token);
  assert.ok(view.state === "open" && view.kind === "password_reset");
  const fresh = "granite-lobster-violin-sunrise";
  assert.ok((await m.redeemLink(token, { password: fresh })).ok);
  assert.ok(await m.verifyCredentials("dev@northwind.test", fresh));
  assert.equal(await m.verifyCredentials("dev@northwind.test", STRONG), null);
  assert.equal((await m.redeemLink(token, { password: "another-granite-lobster" })).ok, false);
});

test("a workspace alert opens once per kind, counts repeats, and opens anew after it is handled", async () => {
  const m = await mods();
  await m.raiseAlert({ workspaceId, kind: "provider_credentials", message: "401 from the provider" });
  await m.raiseAlert({ workspaceId, kind: "provider_credentials", message: "403 from the provider" });
  let open = await m.listOpenAlerts({ workspaceId });
  assert.equal(open.length, 1);
  assert.equal(open[0].occurrences, 2);
  assert.equal(open[0].message, "403 from the provider");
  assert.equal(await m.resolveAlert({ workspaceId, kind: "provider_credentials", resolvedBy: adminId }), true);
  assert.equal((await m.listOpenAlerts({ workspaceId })).length, 0);
  await m.raiseAlert({ workspaceId, kind: "provider_credentials", message: "401 again" });
  open = await m.listOpenAlerts({ workspaceId });
  assert.equal(open.length, 1);
  assert.equal(open[0].occurrences, 1);
});

test("workspace settings keep hours, holidays, calling countries and the provider id, audited", async () => {
  const m = await mods();
  const { saveWorkspaceProfile } = await import("@/lib/workspaces/administer");
  const { workspaceSettingsSchema } = await import("@/lib/validation/workspace");
  const [{ workspace }] = (await m.listMemberships({ userId: adminId })).filter((r) => r.workspace.id === workspaceId);
  assert.equal(
    workspaceSettingsSchema.safeParse({
      name: "X Co",
      timeZone: "America/Chicago",
      businessHours: HOURS,
      holidays: ["2026-02-30"],
      providerWorkspaceId: "ws",
      allowedCountries: ["US"],
    }).success,
    false,
    "no roll-over dates",
  );
  assert.equal(
    workspaceSettingsSchema.safeParse({
      name: "X Co",
      timeZone: "America/Chicago",
      businessHours: HOURS,
      holidays: [],
      providerWorkspaceId: "ws",
      allowedCountries: ["ZZ"],
    }).success,
    false,
  );
  const values = workspaceSettingsSchema.parse({
    name: "Northwind Heating & Air",
    timeZone: "America/Denver",
    businessHours: HOURS.map((d, i) => (i === 6 ? { open: true, from: "09:00", to: "13:00" } : d)),
    holidays: ["2026-12-25", "2026-12-24", "2026-12-25"],
    providerWorkspaceId: "ws_northwind_live",
    allowedCountries: ["US", "CA", "MX"],
  });
  assert.ok((await saveWorkspaceProfile({ userId: adminId, workspace }, values)).ok);
  const [{ workspace: saved }] = (await m.listMemberships({ userId: adminId })).filter((r) => r.workspace.id === workspaceId);
  assert.equal(saved.timeZone, "America/Denver");
  assert.deepEqual(saved.holidays, ["2026-12-24", "2026-12-25"]);
  assert.deepEqual(saved.allowedCountries, ["US", "CA", "MX"]);
  assert.deepEqual(saved.businessHours["6"], { open: "09:00", close: "13:00" });
  assert.equal(saved.providerWorkspaceId, "ws_northwind_live");
  const trail = await m.listAuditFor({ workspaceId, entityType: "workspace", entityId: workspaceId });
  assert.equal(trail[0].action, "workspace.updated");
});

test("an admin takes a person out of the workspace: their other workspaces stay, and it is audited", async () => {
  const m = await mods();
  const dev = (await m.findUserByEmail({ email: "dev@northwind.test" }))!;
  const admin = { userId: dev.id, workspaceId }; // an admin here since the roles test
  assert.equal((await m.removeMember(admin, { userId: dev.id })).ok, false, "not themselves");
  assert.ok((await m.removeMember(admin, { userId: adminId })).ok);
  assert.equal(await m.findMembership({ userId: adminId, workspaceId }), null, "this workspace is closed to them");
  assert.equal((await m.listMemberships({ userId: adminId })).length, 1, "their other workspace is untouched");
  assert.equal((await m.removeMember(admin, { userId: adminId })).ok, false, "a second removal finds no one");
  const [entry] = await m.listAuditFor({ workspaceId, entityType: "user", entityId: adminId });
  assert.equal(entry.action, "person.removed");
  assert.equal(entry.actorName, dev.name);
});
