// The customers page and the profile timeline at size, on a fresh PostgreSQL database (dropped
// afterwards): 100,000 customers and 100,000 calls seeded with generate_series, plus one customer
// with 1,000 events (calls, missed calls, callbacks, appointments, notes). Prints one JSON line.
//   node --import tsx --conditions=react-server bench/customers/run.ts
// DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres).
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { listCustomersPage } from "@/db/queries/customer-list";
import { loadCustomerTimelineSources } from "@/db/queries/customer-timeline";
import { createAssistant, createCustomer, createMember, createWorkspace } from "@/db/testing/factories";
import { openTestDatabase } from "@/db/testing/test-database";
import { buildTimeline } from "@/lib/customers/timeline";

process.env.DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.RUNS ?? 30);
const round = (n: number) => Math.round(n * 10) / 10;

async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn(); // warm the pool, plan and buffer caches
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(ms[Math.floor(ms.length / 2)]), p95: round(ms[Math.ceil(ms.length * 0.95) - 1]) };
}

async function seed() {
  const ws = await createWorkspace();
  const member = await createMember(ws);
  const assistant = await createAssistant(ws);
  const t0 = performance.now();
  // Names, numbers and addresses from small word banks, varied by the row number.
  await db.execute(sql`
    insert into customers (workspace_id, name, phone, address, verified, do_not_call)
    select ${ws.id}::uuid,
      (array['Maria','James','Linda','Robert','Ana','Wei','Fatima','Tom','Grace','Omar'])[1 + i % 10] || ' ' ||
      (array['Garcia','Smith','Nguyen','Johnson','Patel','Kim','Lopez','Brown','Chen','Davis','Wilson','Moore'])[1 + (i / 10) % 12] || ' ' || i,
      '+1' || (array['310','213','212','646','808','415','617','312'])[1 + i % 8] || lpad(((i * 7919) % 10000000)::text, 7, '0'),
      (i % 900 + 1) || ' ' || (array['Elm St','Oak Ave','Pine Rd','Maple Dr','Cedar Ln'])[1 + i % 5] || ', Springfield',
      i % 23 <> 0, i % 97 = 0
    from generate_series(1, 100000) as i`);
  await db.execute(sql`
    insert into calls (workspace_id, customer_id, assistant_id, purpose, phone_number, customer_name, context, max_duration,
      record_call, webhook_url, idempotency_key, request_body, status, outcome_type, created_at)
    select c.workspace_id, c.id, ${assistant.id}::uuid, 'callback', c.phone, c.name, '{}', 300, false, 'http://127.0.0.1:9/',
      'bench-' || c.id, '{}', 'completed', case when random() < 0.1 then 'payment_promised' else 'information_provided' end,
      now() - (random() * interval '90 days')
    from customers c where c.workspace_id = ${ws.id}::uuid`);
  await db.execute(sql`
    insert into callback_tasks (workspace_id, customer_id, source_call_id)
    select workspace_id, customer_id, id from calls where workspace_id = ${ws.id}::uuid and random() < 0.05`);

  // The busy customer: 400 calls, 200 missed calls, 150 callbacks, 100 appointments, 150 notes.
  const busy = await createCustomer(ws, { name: "Busy Customer", phone: "+13105559999" });
  await db.execute(sql`
    insert into calls (workspace_id, customer_id, assistant_id, purpose, phone_number, customer_name, context, max_duration,
      record_call, webhook_url, idempotency_key, request_body, status, outcome_type, ai_summary, created_at)
    select ${ws.id}::uuid, ${busy.id}::uuid, ${assistant.id}::uuid, 'follow_up', '+13105559999', 'Busy Customer', '{}', 300, false,
      'http://127.0.0.1:9/', 'busy-' || i, '{}', 'completed', 'information_provided', 'Summary of call ' || i, now() - i * interval '1 hour'
    from generate_series(1, 400) as i`);
  await db.execute(sql`
    insert into missed_calls (workspace_id, external_id, from_phone, occurred_at, customer_id)
    select ${ws.id}::uuid, 'busy-' || i, '+13105559999', now() - i * interval '90 minutes', ${busy.id}::uuid from generate_series(1, 200) as i`);
  await db.execute(sql`
    insert into callback_tasks (workspace_id, customer_id, source_call_id, created_at)
    select workspace_id, customer_id, id, created_at from calls where customer_id = ${busy.id}::uuid order by created_at limit 150`);
  await db.execute(sql`
    insert into appointments (workspace_id, customer_id, source_call_id, starts_at, created_at)
    select workspace_id, customer_id, id, created_at + interval '3 days', created_at from calls
    where customer_id = ${busy.id}::uuid order by created_at desc limit 100`);
  await db.execute(sql`
    insert into customer_notes (workspace_id, customer_id, body, created_by, created_at)
    select ${ws.id}::uuid, ${busy.id}::uuid, 'Note ' || i, ${member.user.id}::uuid, now() - i * interval '2 hours' from generate_series(1, 150) as i`);
  await db.execute(sql`analyze`);
  return { ws, busy, seedSeconds: round((performance.now() - t0) / 1000) };
}

async function main() {
  const database = await openTestDatabase();
  try {
    const { ws, busy, seedSeconds } = await seed();
    const workspaceId = ws.id;
    const first = await listCustomersPage({ workspaceId, limit: 50 });
    const last = first.rows.at(-1)!;
    const results = {
      database: database.kind,
      customers: 100_001,
      seedSeconds,
      listFirstPage: await time(() => listCustomersPage({ workspaceId, limit: 50 })),
      listPage2ByCursor: await time(() =>
        listCustomersPage({ workspaceId, limit: 50, cursor: { name: last.name, id: last.id, direction: "next" } }),
      ),
      searchPartialNumber: await time(() => listCustomersPage({ workspaceId, query: "555-0123" })),
      searchAreaCodeAndExchange: await time(() => listCustomersPage({ workspaceId, query: "(310) 555" })),
      searchFullNumber: await time(() => listCustomersPage({ workspaceId, query: "3105559999" })),
      searchName: await time(() => listCustomersPage({ workspaceId, query: "garcia 77" })),
      searchAddress: await time(() => listCustomersPage({ workspaceId, query: "pine rd" })),
      filterOpenCallback: await time(() => listCustomersPage({ workspaceId, filters: { openCallback: true } })),
      filterPaymentPromised: await time(() => listCustomersPage({ workspaceId, filters: { paymentPromised: true } })),
      timelineEvents: buildTimeline(
        await loadCustomerTimelineSources({ workspaceId, customerId: busy.id, phone: busy.phone, limit: 1000 }),
        "UTC",
        5000,
      ).length,
      timelinePage200: await time(async () =>
        buildTimeline(await loadCustomerTimelineSources({ workspaceId, customerId: busy.id, phone: busy.phone }), "UTC"),
      ),
      timelineAll1000: await time(async () =>
        buildTimeline(await loadCustomerTimelineSources({ workspaceId, customerId: busy.id, phone: busy.phone, limit: 1000 }), "UTC", 5000),
      ),
    };
    console.log(JSON.stringify(results));
  } finally {
    await database.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
