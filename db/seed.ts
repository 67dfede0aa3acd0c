import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { assistants, customers, doNotCallEntries, memberships, users, workspaces } from "@/db/schema";
import type { BusinessHours } from "@/db/schema";
import { hashPassword } from "@/lib/auth/credentials";
import { toE164 } from "@/lib/phone";
import { demoCustomers } from "./seed-data";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";

export const DEMO_PASSWORD = "callboard-demo";

export const DEMO_USERS = [
  { email: "dispatcher@callboard.test", name: "Dana Dispatcher", roles: { summit: "dispatcher", valley: "dispatcher" } },
  { email: "dispatcher2@callboard.test", name: "Sam Second", roles: { summit: "dispatcher" } },
  { email: "manager@callboard.test", name: "Morgan Manager", roles: { summit: "manager" } },
  { email: "admin@callboard.test", name: "Alex Admin", roles: { summit: "admin", valley: "admin" } },
] as const;

const WEEKDAYS_8_TO_6: BusinessHours = {
  "1": { open: "08:00", close: "18:00" },
  "2": { open: "08:00", close: "18:00" },
  "3": { open: "08:00", close: "18:00" },
  "4": { open: "08:00", close: "18:00" },
  "5": { open: "08:00", close: "18:00" },
  "6": { open: "09:00", close: "13:00" },
};

const WORKSPACES = {
  summit: {
    name: "Summit Heating & Air",
    slug: "summit",
    timeZone: "America/Los_Angeles",
    areaCodes: ["310", "818", "626", "562"],
    seed: 11,
  },
  valley: { name: "Valley Plumbing & Electric", slug: "valley", timeZone: "America/Chicago", areaCodes: ["312", "773", "630"], seed: 22 },
} as const;

const ASSISTANTS = [
  { key: "callback", name: "Callback Cathy", purposes: ["callback", "follow_up"] },
  { key: "reminder", name: "Reminder Ray", purposes: ["appointment_reminder"] },
  { key: "estimates", name: "Estimates Eva", purposes: ["estimate_follow_up", "follow_up"] },
  { key: "billing", name: "Billing Ben", purposes: ["collections"] },
  { key: "general", name: "General Gina", purposes: ["urgent_notification", "custom", "follow_up"] },
] as const;

/**
 * "Test …" customers: their numbers make the simulator behave in a known way (README's tables),
 * and their time zones are fixed offsets where it is midday when the database is seeded, so tests
 * and demos are not at the mercy of the clock; "Test Night Owl" is where it is 2 AM.
 */
const testCustomers = () =>
  [
    { name: "Test Unreachable", phone: "+13105550400" },
    { name: "Test Provider Down", phone: "+13105550500" },
    { name: "Test Flaky Provider", phone: "+13105550503" },
    {
      name: "Test Do Not Call",
      phone: "+13105550299",
      doNotCall: true,
      doNotCallReason: "Asked to be removed (demo)",
      doNotCallAt: new Date("2026-10-02T17:00:00Z"),
    },
    { name: "Test Booking", phone: "+13105550901", preferredName: "Bo" },
    { name: "Test Callback Request", phone: "+13105550902" },
    { name: "Test Opt Out", phone: "+13105550905" },
    { name: "Test Escalation", phone: "+13105550908" },
    { name: "Test No Answer", phone: "+13105550920" },
    // The only customer on +1 310 555 0906: a missed call from it must find the night owl. Others
    // that need the simulator's 0906 ending use other area codes (the simulator reads the last four).
    { name: "Test Night Owl", phone: "+13105550906", night: true },
    // One customer per end-to-end scenario, so the 2-minute duplicate guard never couples two specs.
    { name: "Test Busy Line", phone: "+13105550921" },
    { name: "Test Board Booking", phone: "+13105550901" },
    { name: "Test Reviewer", phone: "+14155550906" },
    { name: "Test Attention", phone: "+13105550908" },
    { name: "Test Unsubscribe", phone: "+12135550905" },
    { name: "Test Access Matrix", phone: "+12135550906" },
    { name: "Test Outage First", phone: "+13105557101" },
    { name: "Test Outage Second", phone: "+13105557102" },
    // Leads arrive for these numbers in e2e/leads.spec.ts (0901 books, 0906 lives where it is night).
    { name: "Test Lead Booking", phone: "+14245550901" },
    { name: "Test Lead Night", phone: "+14245550906", night: true },
    // Opts out (0905) in e2e/campaigns.spec.ts while a campaign has them queued.
    { name: "Test Campaign Opt Out", phone: "+14245550905" },
  ].map(({ night, ...c }: { night?: boolean; name: string; phone: string }) => ({
    ...c,
    timeZone: zoneWhereItIs(night ? 2 : 12) as string | null,
  }));

/** No zone on file: the calling-hours rule must take the zone from the number itself. */
const zoneFromNumberCustomers = () =>
  [
    { name: "Test Zone New York", phone: "+12125550142" },
    { name: "Test Zone Honolulu", phone: "+18085550142" },
    { name: "Test Zone Guam", phone: "+16715550142" },
    { name: "Test Zone San Juan", phone: "+17875550142" },
  ].map((c) => ({ ...c, timeZone: null }));

/** Fills an empty database with demo data; does nothing when any workspace exists. */
export async function seedDemo(db: Database, opts: { customersPerWorkspace?: number } = {}): Promise<boolean> {
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(workspaces);
  if (count > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const ids: Record<string, string> = {};
    for (const [key, w] of Object.entries(WORKSPACES)) {
      const [row] = await tx
        .insert(workspaces)
        .values({
          name: w.name,
          slug: w.slug,
          timeZone: w.timeZone,
          businessHours: WEEKDAYS_8_TO_6,
          providerWorkspaceId: `ws_${w.slug}_demo`,
        })
        .returning({ id: workspaces.id });
      ids[key] = row.id;

      const made = await tx
        .insert(assistants)
        .values(
          ASSISTANTS.map((a, i) => ({
            workspaceId: row.id,
            providerAssistantId: `asst_${a.key}_${String(i + 1).padStart(3, "0")}`,
            name: a.name,
            purposes: [...a.purposes],
          })),
        )
        .returning({ id: assistants.id, providerAssistantId: assistants.providerAssistantId });
      // "Call back now" on a missed call and new leads use the workspace's callback assistant.
      const callbackAssistant = made.find((a) => a.providerAssistantId.startsWith("asst_callback_"));
      await tx
        .update(workspaces)
        .set({ defaultCallbackAssistantId: callbackAssistant?.id, leadAssistantId: callbackAssistant?.id })
        .where(eq(workspaces.id, row.id));

      const generated = demoCustomers({
        count: opts.customersPerWorkspace ?? 200,
        areaCodes: [...w.areaCodes],
        timeZone: w.timeZone,
        seed: w.seed,
      }).filter((c) => toE164(c.phone) === c.phone);
      await tx
        .insert(customers)
        .values(generated.map((c) => ({ ...c, workspaceId: row.id, doNotCallAt: c.doNotCall ? new Date("2026-10-02T17:00:00Z") : null })));
      if (key === "summit") {
        await tx
          .insert(customers)
          .values(
            [...testCustomers(), ...zoneFromNumberCustomers()].map((c) => ({ ...c, workspaceId: row.id, notes: "Simulator test number" })),
          );
      }
      // The register holds every opt-out; the customer flag is its fast copy.
      const optedOut = await tx
        .select({ id: customers.id, phone: customers.phone, reason: customers.doNotCallReason, at: customers.doNotCallAt })
        .from(customers)
        .where(and(eq(customers.workspaceId, row.id), eq(customers.doNotCall, true)));
      if (optedOut.length > 0) {
        await tx.insert(doNotCallEntries).values(
          optedOut.map((c) => ({
            workspaceId: row.id,
            phone: c.phone,
            customerId: c.id,
            source: "manual",
            reason: c.reason,
            createdAt: c.at ?? undefined,
          })),
        );
      }
    }

    for (const u of DEMO_USERS) {
      const [user] = await tx.insert(users).values({ email: u.email, name: u.name, passwordHash }).returning({ id: users.id });
      await tx.insert(memberships).values(Object.entries(u.roles).map(([ws, role]) => ({ userId: user.id, workspaceId: ids[ws], role })));
    }
  });
  return true;
}
