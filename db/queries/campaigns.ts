import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { executeRows } from "@/db/raw";
import { campaignRows, campaigns, customers, type Campaign, type CampaignRow } from "@/db/schema";
import type { CampaignStatus } from "@/db/schema/enums";

export type NewCampaign = typeof campaigns.$inferInsert;

export async function insertCampaign(values: NewCampaign, tx: DbOrTx = db): Promise<Campaign> {
  const [row] = await tx.insert(campaigns).values(values).returning();
  return row;
}

export async function findCampaign({ workspaceId, id }: { workspaceId: string; id: string }, tx: DbOrTx = db) {
  const [row] = await tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, id)))
    .limit(1);
  return row ?? null;
}

export async function listCampaigns({ workspaceId }: { workspaceId: string }, tx: DbOrTx = db) {
  return tx
    .select({
      id: campaigns.id,
      name: campaigns.name,
      status: campaigns.status,
      purpose: campaigns.purpose,
      createdAt: campaigns.createdAt,
      // Qualified by hand: drizzle writes a bare "id" here, which campaign_rows has too.
      rows: sql<number>`(select count(*)::int from campaign_rows r where r.campaign_id = "campaigns"."id")`,
      finished: sql<number>`(select count(*)::int from campaign_rows r where r.campaign_id = "campaigns"."id" and r.state in ('done','refused','failed','canceled'))`,
    })
    .from(campaigns)
    .where(eq(campaigns.workspaceId, workspaceId))
    .orderBy(desc(campaigns.createdAt))
    .limit(200);
}

/** Moves a campaign from one of `from` to `to`; null when it was not in one of them (a race, a stale page). */
export async function transitionCampaign(
  {
    workspaceId,
    id,
    from,
    to,
    values = {},
  }: { workspaceId: string; id: string; from: CampaignStatus[]; to: CampaignStatus; values?: Partial<NewCampaign> },
  tx: DbOrTx = db,
) {
  const [row] = await tx
    .update(campaigns)
    .set({ ...values, status: to })
    .where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, id), inArray(campaigns.status, from)))
    .returning();
  return row ?? null;
}

export async function setPace(
  { workspaceId, id, tokens, at }: { workspaceId: string; id: string; tokens: number; at: Date },
  tx: DbOrTx = db,
) {
  await tx
    .update(campaigns)
    .set({ paceTokens: tokens, paceAt: at })
    .where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, id)));
}

/** The workspace's customers on these numbers: a verified record before one made from a call or an upload. */
export async function customersByPhone({ workspaceId, phones }: { workspaceId: string; phones: string[] }, tx: DbOrTx = db) {
  if (phones.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: customers.id, phone: customers.phone })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.phone, phones)))
    .orderBy(desc(customers.verified), asc(customers.createdAt));
  const map = new Map<string, string>();
  for (const r of rows) if (!map.has(r.phone)) map.set(r.phone, r.id);
  return map;
}

/** Unknown numbers of an upload become customers, unverified until a person confirms who it is. */
export async function insertUploadedCustomers(
  { workspaceId, people }: { workspaceId: string; people: { phone: string; name: string; timeZone: string | null }[] },
  tx: DbOrTx = db,
) {
  if (people.length === 0) return new Map<string, string>();
  const rows = await tx
    .insert(customers)
    .values(people.map((p) => ({ workspaceId, ...p, verified: false, notes: "Created from a campaign upload" })))
    .returning({ id: customers.id, phone: customers.phone });
  return new Map(rows.map((r) => [r.phone, r.id]));
}

export type NewCampaignRow = typeof campaignRows.$inferInsert;

/** Rows for customers already in the campaign are merged away (one row per customer). */
export async function insertCampaignRows(rows: NewCampaignRow[], tx: DbOrTx = db): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await tx
    .insert(campaignRows)
    .values(rows)
    .onConflictDoNothing({ target: [campaignRows.campaignId, campaignRows.customerId] })
    .returning({ id: campaignRows.id });
  return added.length;
}

export async function nextRowNumber({ campaignId }: { campaignId: string }, tx: DbOrTx = db): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${campaignRows.rowNumber}), 0)::int` })
    .from(campaignRows)
    .where(eq(campaignRows.campaignId, campaignId));
  return row.n + 1;
}

const filterSql = {
  callable: sql`true`,
  never_reached: sql`not exists (select 1 from calls c where c.workspace_id = cu.workspace_id and c.customer_id = cu.id and c.answered_by = 'human')`,
  open_callbacks: sql`exists (select 1 from callback_tasks k where k.workspace_id = cu.workspace_id and k.customer_id = cu.id and k.completed_at is null)`,
  appointments_tomorrow: sql`exists (select 1 from appointments a where a.workspace_id = cu.workspace_id and a.customer_id = cu.id
    and (a.starts_at at time zone w.time_zone)::date = (now() at time zone w.time_zone)::date + 1)`,
} as const;

/**
 * Adds the workspace's customers matching a filter, in one statement. Do-not-call customers are
 * added too: the check at dial time refuses them with the reason on the row, as the brief asks of
 * every row. Fields: first_name, and the next appointment tomorrow when there is one.
 */
export async function addCustomersByFilter(
  { workspaceId, campaignId, filter }: { workspaceId: string; campaignId: string; filter: keyof typeof filterSql },
  tx: DbOrTx = db,
): Promise<number> {
  const rows = await executeRows<{ id: number }>(
    tx,
    sql`insert into campaign_rows (workspace_id, campaign_id, row_number, customer_id, phone, fields)
        select cu.workspace_id, ${campaignId}::uuid,
               (select coalesce(max(row_number), 0) from campaign_rows where campaign_id = ${campaignId}::uuid)
                 + row_number() over (order by cu.name, cu.id),
               cu.id, cu.phone,
               jsonb_strip_nulls(jsonb_build_object(
                 'name', cu.name,
                 'first_name', coalesce(cu.preferred_name, split_part(cu.name, ' ', 1)),
                 'appointment', (select to_char(a.starts_at at time zone w.time_zone, 'Dy Mon FMDD at FMHH12:MI AM') from appointments a
                                 where a.workspace_id = cu.workspace_id and a.customer_id = cu.id and a.starts_at > now()
                                 order by a.starts_at limit 1)))
        from customers cu join workspaces w on w.id = cu.workspace_id
        where cu.workspace_id = ${workspaceId}::uuid and ${filterSql[filter]}
        on conflict (campaign_id, customer_id) do nothing
        returning id`,
  );
  return rows.length;
}

export type DialRow = CampaignRow & { customerTimeZone: string | null };

/**
 * Claims up to `limit` due rows for dialling with FOR UPDATE SKIP LOCKED: two ticks (two
 * instances) never take the same row. The claim numbers the attempt, which names its call.
 */
export async function claimDueRows({ campaignId, limit }: { campaignId: string; limit: number }, tx: DbOrTx = db): Promise<DialRow[]> {
  if (limit <= 0) return [];
  return executeRows<DialRow>(
    tx,
    sql`with due as (
          select id from campaign_rows
          where campaign_id = ${campaignId}::uuid and state in ('queued', 'waiting') and next_at <= now()
          order by next_at, row_number
          limit ${limit}
          for update skip locked
        )
        update campaign_rows r set state = 'dialing', attempt = r.attempt + 1, dial_started_at = now(), updated_at = now()
        from due, customers c
        where r.id = due.id and c.id = r.customer_id
        returning r.id, r.workspace_id as "workspaceId", r.campaign_id as "campaignId", r.row_number as "rowNumber",
                  r.customer_id as "customerId", r.phone, r.fields, r.state, r.attempt, r.next_at as "nextAt",
                  r.dial_started_at as "dialStartedAt", r.call_id as "callId", r.outcome_type as "outcomeType", r.reason,
                  r.updated_at as "updatedAt", c.time_zone as "customerTimeZone"`,
  );
}

/** Rows left 'dialing' by a tick that died: dialled again with the same attempt, so the same key. */
export async function claimStaleDialingRows(
  { campaignId, olderThan, limit }: { campaignId: string; olderThan: Date; limit: number },
  tx: DbOrTx = db,
): Promise<DialRow[]> {
  return executeRows<DialRow>(
    tx,
    sql`with stale as (
          select id from campaign_rows
          where campaign_id = ${campaignId}::uuid and state = 'dialing' and dial_started_at < ${olderThan.toISOString()}::timestamptz
          order by dial_started_at limit ${limit}
          for update skip locked
        )
        update campaign_rows r set dial_started_at = now(), updated_at = now()
        from stale, customers c
        where r.id = stale.id and c.id = r.customer_id
        returning r.id, r.workspace_id as "workspaceId", r.campaign_id as "campaignId", r.row_number as "rowNumber",
                  r.customer_id as "customerId", r.phone, r.fields, r.state, r.attempt, r.next_at as "nextAt",
                  r.dial_started_at as "dialStartedAt", r.call_id as "callId", r.outcome_type as "outcomeType", r.reason,
                  r.updated_at as "updatedAt", c.time_zone as "customerTimeZone"`,
  );
}

export async function updateCampaignRow(
  { campaignId, id, values }: { campaignId: string; id: number; values: Partial<NewCampaignRow> },
  tx: DbOrTx = db,
) {
  await tx
    .update(campaignRows)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(campaignRows.campaignId, campaignId), eq(campaignRows.id, id)));
}

/** Rows whose calls were placed, in one statement: `calling`, linked to the call. */
export async function markRowsCalling(
  { campaignId, rows }: { campaignId: string; rows: { id: number; callId: string }[] },
  tx: DbOrTx = db,
) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::bigint, ${r.callId}::uuid)`),
    sql`, `,
  );
  await tx.execute(sql`update campaign_rows r set state = 'calling', call_id = v.call_id, reason = null, updated_at = now()
    from (values ${values}) v(id, call_id) where r.campaign_id = ${campaignId}::uuid and r.id = v.id`);
}

export type EndedRow = {
  id: number;
  workspaceId: string;
  campaignId: string;
  campaignStatus: CampaignStatus;
  attempt: number;
  callId: string;
  status: string;
  outcomeType: string | null;
  answeredBy: string | null;
  lastError: string | null;
  failureReason: string | null;
  retryOn: string[];
  retryAfterHours: number;
  maxAttempts: number;
};

const TERMINAL_SQL = sql.raw(`('completed','no_answer','busy','failed','canceled','unknown','rejected','blocked')`);

/**
 * Rows still 'calling' whose call has ended, locked for the update that settles them: by call ids
 * (the path that ended the calls) or, as a backstop, by campaign (every in-flight row: a scan, so
 * the scheduler runs it once a minute).
 */
export async function lockEndedCallRows(
  { callIds, campaignId, limit = 500 }: { callIds?: string[]; campaignId?: string; limit?: number },
  tx: DbOrTx = db,
) {
  const scope = callIds
    ? sql`r.call_id in (${sql.join(
        callIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`r.campaign_id = ${campaignId}::uuid`;
  return executeRows<EndedRow>(
    tx,
    sql`select r.id, r.workspace_id as "workspaceId", r.campaign_id as "campaignId", p.status::text as "campaignStatus",
               r.attempt, r.call_id as "callId", c.status::text as status, c.outcome_type as "outcomeType",
               c.answered_by::text as "answeredBy", c.last_error as "lastError", c.failure_reason as "failureReason",
               p.retry_on as "retryOn", p.retry_after_hours as "retryAfterHours", p.max_attempts as "maxAttempts"
        from campaign_rows r join calls c on c.id = r.call_id join campaigns p on p.id = r.campaign_id
        where ${scope} and r.state = 'calling' and c.status in ${TERMINAL_SQL}
        order by r.id
        limit ${limit}
        for update of r skip locked`,
  );
}

/** Rows dialling or on a call, counted up to `upTo` (the cap): a tick never counts past what it needs. */
export async function countInFlight({ campaignId, upTo }: { campaignId: string; upTo?: number }, tx: DbOrTx = db): Promise<number> {
  const [row] = await executeRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from campaign_rows where campaign_id = ${campaignId}::uuid
          and state in ('dialing', 'calling') ${upTo === undefined ? sql`` : sql`limit ${upTo}`}) r`,
  );
  return row.n;
}

/**
 * Whether rows are still to be dialled or in flight, and when the next waiting one is due: an
 * `exists` and two index-ordered minimums, so a tick does not count the campaign's open rows.
 */
export async function campaignBacklog({ campaignId }: { campaignId: string }, tx: DbOrTx = db) {
  const [row] = await executeRows<{ open: boolean; nextAt: Date | string | null }>(
    tx,
    sql`select exists (select 1 from campaign_rows where campaign_id = ${campaignId}::uuid
                         and state in ('queued','waiting','dialing','calling')) as open,
               least((select min(next_at) from campaign_rows where campaign_id = ${campaignId}::uuid and state = 'queued'),
                     (select min(next_at) from campaign_rows where campaign_id = ${campaignId}::uuid and state = 'waiting')) as "nextAt"`,
  );
  return { open: Boolean(row.open), nextAt: row.nextAt ? new Date(row.nextAt) : null };
}

export async function cancelOpenRows({ campaignId }: { campaignId: string }, tx: DbOrTx = db) {
  const rows = await tx
    .update(campaignRows)
    .set({ state: "canceled", reason: "Not dialled: the campaign was canceled", updatedAt: new Date() })
    .where(and(eq(campaignRows.campaignId, campaignId), inArray(campaignRows.state, ["queued", "waiting"])))
    .returning({ id: campaignRows.id });
  return rows.length;
}

export type CampaignProgress = {
  byState: Record<string, number>;
  byOutcome: Record<string, number>;
  total: number;
  /** Calls the campaign placed in the last minute. */
  lastMinute: number;
};

export async function campaignProgress(
  { workspaceId, campaignId }: { workspaceId: string; campaignId: string },
  tx: DbOrTx = db,
): Promise<CampaignProgress> {
  const [states, outcomes, [recent]] = await Promise.all([
    executeRows<{ state: string; n: number }>(
      tx,
      sql`select state::text, count(*)::int as n from campaign_rows where campaign_id = ${campaignId}::uuid group by state`,
    ),
    executeRows<{ outcome: string; n: number }>(
      tx,
      sql`select outcome_type as outcome, count(*)::int as n from campaign_rows
          where campaign_id = ${campaignId}::uuid and outcome_type is not null group by outcome_type`,
    ),
    executeRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from calls where workspace_id = ${workspaceId}::uuid and campaign_id = ${campaignId}::uuid
          and created_at > now() - interval '1 minute'`,
    ),
  ]);
  const byState = Object.fromEntries(states.map((s) => [s.state, s.n]));
  return {
    byState,
    byOutcome: Object.fromEntries(outcomes.map((o) => [o.outcome, o.n])),
    total: states.reduce((sum, s) => sum + s.n, 0),
    lastMinute: recent?.n ?? 0,
  };
}

/** A page of rows for the campaign page: refused and failed first when asked, else by row number. */
export async function listCampaignRows(
  { campaignId, states, after = 0, limit = 100 }: { campaignId: string; states?: string[]; after?: number; limit?: number },
  tx: DbOrTx = db,
) {
  return tx
    .select({
      id: campaignRows.id,
      rowNumber: campaignRows.rowNumber,
      phone: campaignRows.phone,
      name: customers.name,
      state: campaignRows.state,
      attempt: campaignRows.attempt,
      nextAt: campaignRows.nextAt,
      callId: campaignRows.callId,
      outcomeType: campaignRows.outcomeType,
      reason: campaignRows.reason,
    })
    .from(campaignRows)
    .innerJoin(customers, eq(customers.id, campaignRows.customerId))
    .where(
      and(
        eq(campaignRows.campaignId, campaignId),
        states ? inArray(campaignRows.state, states as CampaignRow["state"][]) : undefined,
        sql`${campaignRows.rowNumber} > ${after}`,
      ),
    )
    .orderBy(asc(campaignRows.rowNumber))
    .limit(limit);
}

/** Campaigns the board may filter by: those running or paused, or that placed calls today. */
export async function listCampaignOptions({ workspaceId, since }: { workspaceId: string; since: Date }, tx: DbOrTx = db) {
  return tx
    .select({ id: campaigns.id, name: campaigns.name })
    .from(campaigns)
    .where(
      and(
        eq(campaigns.workspaceId, workspaceId),
        sql`(${campaigns.status} in ('running', 'paused') or coalesce(${campaigns.finishedAt}, now()) >= ${since.toISOString()}::timestamptz)`,
      ),
    )
    .orderBy(desc(campaigns.createdAt))
    .limit(50);
}
