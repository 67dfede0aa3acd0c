import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import fc from "fast-check";
import { and, eq, sql } from "drizzle-orm";
import { executeRows } from "@/db/raw";
import { startDatabaseAndSimulator } from "@/db/testing/provider-env";
import { createAssistant, createMember, createWorkspace } from "@/db/testing/factories";
import { isWithinCallingHours } from "@/lib/compliance/calling-hours";
import { zoneWhereItIs } from "@/lib/time/zone-at-hour";

// Property, over the real scheduler, database and simulator: whatever happens between ticks
// (calls ending any way, opt-outs, pauses, a tick dying between storing a call and marking its
// row), no row is ever dialled outside its callee's hours, twice for one attempt, more often than
// its policy allows, or after its customer opted out.
let env: Awaited<ReturnType<typeof startDatabaseAndSimulator>>;
before(async () => {
  env = await startDatabaseAndSimulator();
});
after(() => env?.cleanup());

async function modules() {
  const [
    { db },
    schema,
    queries,
    { drainDueJobs },
    { registerCampaignJobs },
    { registerCallJobs },
    { controlCampaign },
    { addRecipients },
    dial,
    { settleCampaignCalls },
  ] = await Promise.all([
    import("@/db"),
    import("@/db/schema"),
    import("@/db/queries/campaigns"),
    import("@/lib/jobs/worker"),
    import("./jobs"),
    import("@/lib/calls/jobs"),
    import("./control"),
    import("./add-recipients"),
    import("./dial-row"),
    import("./settle"),
  ]);
  registerCampaignJobs();
  registerCallJobs();
  return { db, ...schema, ...queries, drainDueJobs, controlCampaign, addRecipients, ...dial, settleCampaignCalls };
}

type Op =
  | { kind: "tick" }
  | { kind: "end"; status: "completed" | "no_answer" | "busy"; voicemail: boolean }
  | { kind: "optOut"; row: number }
  | { kind: "pause" }
  | { kind: "resume" }
  | { kind: "crash" }
  | { kind: "retryDue" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ kind: "tick" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("end" as const),
      status: fc.constantFrom("completed" as const, "no_answer" as const, "busy" as const),
      voicemail: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("optOut" as const), row: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "pause" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "resume" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "crash" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "retryDue" as const }) },
);

test("property: never outside hours, never twice per attempt, never past the policy or an opt-out", async () => {
  const m = await modules();
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
      fc.array(opArb, { minLength: 3, maxLength: 14 }),
      async (hours, maxInFlight, maxAttempts, ops) => {
        const workspace = await createWorkspace();
        const manager = await createMember(workspace, "manager");
        const assistant = await createAssistant(workspace);
        const today = Date.now();
        const campaign = await m.insertCampaign({
          workspaceId: workspace.id,
          name: "Property",
          purpose: "follow_up",
          assistantId: assistant.id,
          contextTemplate: "Check in with {first_name}",
          startDate: new Date(today - 86_400_000).toISOString().slice(0, 10),
          endDate: new Date(today + 3 * 86_400_000).toISOString().slice(0, 10),
          dailyStartMinute: 8 * 60,
          dailyEndMinute: 21 * 60,
          ratePerMinute: 600,
          maxInFlight,
          retryOn: ["no_answer", "busy", "voicemail"],
          retryAfterHours: 1,
          maxAttempts,
        });
        const zones = hours.map((h) => zoneWhereItIs(h));
        const added = await m.addRecipients({
          workspace,
          campaignId: campaign.id,
          recipients: hours.map((_, i) => ({
            rowNumber: i + 2,
            phone: `+1310555${String(7300 + i).padStart(4, "0")}`,
            name: `P${i}`,
            timeZone: zones[i],
            fields: { first_name: `P${i}` },
          })),
        });
        assert.ok(added.ok);
        const cmd = (command: "start" | "pause" | "resume") =>
          m.controlCampaign({ workspaceId: workspace.id, campaignId: campaign.id, command, userId: manager.user.id });
        await cmd("start");
        const optedOutAt = new Map<string, Date>();
        const rowIds = (await m.db.select().from(m.campaignRows).where(eq(m.campaignRows.campaignId, campaign.id))).sort(
          (a, b) => a.rowNumber - b.rowNumber,
        );

        for (const op of ops) {
          if (op.kind === "tick") {
            await m.db
              .update(m.jobs)
              .set({ runAt: sql`now()` })
              .where(and(eq(m.jobs.kind, "campaign_tick"), sql`done_at is null`));
            await m.db.execute(
              sql`update campaigns set pace_tokens = -1000, pace_at = now() where id = ${campaign.id}::uuid and status = 'running'`,
            );
            await m.drainDueJobs();
          } else if (op.kind === "end") {
            // Ended as a terminal path ends them: the rows settle in the same transaction.
            await m.db.transaction(async (tx) => {
              const ended = await executeRows<{ id: string }>(
                tx,
                sql`update calls set status = ${op.status},
                 outcome_type = ${op.status === "completed" ? (op.voicemail ? "voicemail_left" : "information_provided") : null},
                 answered_by = ${op.status === "completed" ? (op.voicemail ? "voicemail" : "human") : null}::answered_by, ended_at = now()
               where campaign_id = ${campaign.id}::uuid and status not in ('completed','no_answer','busy','blocked') returning id`,
              );
              await m.settleCampaignCalls(
                ended.map((c) => c.id),
                tx,
              );
            });
          } else if (op.kind === "optOut") {
            const row = rowIds[op.row % rowIds.length];
            await m.db.update(m.customers).set({ doNotCall: true, doNotCallReason: "stop" }).where(eq(m.customers.id, row.customerId));
            if (!optedOutAt.has(row.customerId)) optedOutAt.set(row.customerId, new Date());
          } else if (op.kind === "pause" || op.kind === "resume") {
            await cmd(op.kind);
          } else if (op.kind === "crash") {
            // A tick that claims a row, stores its call and dies before marking the row.
            const [claimed] = await m.claimDueRows({ campaignId: campaign.id, limit: 1 });
            if (claimed) {
              await m.dialRow(campaign, claimed, workspace);
              await m.db
                .update(m.campaignRows)
                .set({ dialStartedAt: new Date(Date.now() - 60_000) })
                .where(eq(m.campaignRows.id, claimed.id));
            }
          } else {
            // Time passes: waiting retries fall due, the duplicate guard's two minutes are over.
            await m.db.execute(sql`update campaign_rows set next_at = now() where campaign_id = ${campaign.id}::uuid and state = 'waiting'
                                     and reason not like 'Waiting for the campaign%' and reason not like 'Outside calling hours%'`);
            await m.db.execute(sql`update calls set created_at = created_at - interval '3 hours' where campaign_id = ${campaign.id}::uuid`);
          }
        }

        const rows = await m.db.select().from(m.campaignRows).where(eq(m.campaignRows.campaignId, campaign.id));
        const calls = await m.db.select().from(m.calls).where(eq(m.calls.campaignId, campaign.id));
        const dialled = calls.filter((c) => c.status !== "blocked");
        const keys = new Map<string, { rowId: number; attempt: number }>();
        for (const r of rows)
          for (let a = 1; a <= Math.max(r.attempt, 1); a++) keys.set(m.campaignCallKey(campaign.id, r.id, a), { rowId: r.id, attempt: a });
        assert.equal(new Set(calls.map((c) => c.idempotencyKey)).size, calls.length, "one call per key");
        for (const c of calls) assert.ok(keys.has(c.idempotencyKey), "every call is a (row, attempt) of the campaign");
        for (const c of dialled) {
          const hoursCheck = c.compliance?.checks.find((k) => k.rule === "calling_hours");
          assert.equal(hoursCheck?.result, "pass", "dialled inside calling hours");
          const row = rows.find((r) => r.customerId === c.customerId)!;
          const zone = zones[row.rowNumber - 2];
          // When the rules were checked, i.e. when it was dialled (created_at is moved back by "time passes").
          const at = new Date(c.compliance!.checkedAt);
          assert.ok(isWithinCallingHours(at, [zone]), `dialled at ${at.toISOString()} in ${zone}`);
          const out = optedOutAt.get(c.customerId);
          assert.ok(!out || at < out, "never after the opt-out");
        }
        for (const r of rows) {
          assert.ok(dialled.filter((c) => c.customerId === r.customerId).length <= maxAttempts, "attempts within the policy");
          assert.ok(r.attempt <= maxAttempts);
        }
        await cmd("pause");
      },
    ),
    { numRuns: 12 },
  );
});
