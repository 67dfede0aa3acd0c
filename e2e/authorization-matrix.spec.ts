import { expect, test, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import { authFile, DEMO } from "./fixtures";
import { builtActions, builtAppPaths, invokeAction } from "./server-action";

/**
 * Who may reach every page, route handler and server action of the production build. The lists
 * come from the build's manifests; a route or action without an expectation here fails the test,
 * so nothing new ships unchecked.
 */

type Principal = "anonymous" | "dispatcher" | "manager" | "admin";
const PRINCIPALS: Principal[] = ["anonymous", "dispatcher", "manager", "admin"];
const MEMBERS: Principal[] = ["dispatcher", "manager", "admin"];
const REVIEWERS: Principal[] = ["manager", "admin"];
const ADMINS: Principal[] = ["admin"];

// Demo users used per role: dispatcher2 and manager belong to Summit only, admin to both.
const USER: Record<Exclude<Principal, "anonymous">, keyof typeof DEMO.users> = {
  dispatcher: "dispatcher2",
  manager: "manager",
  admin: "admin",
};

type PageRule =
  | { kind: "page"; url: string; allowed: Principal[] | "public" }
  | { kind: "fixed"; url: string; status: number; why: string }
  | { kind: "framework"; why: string };
type RouteRule =
  | { kind: "route"; method: "GET" | "POST"; url: string; status: Record<Principal, number> }
  | { kind: "machine"; method: "GET" | "POST"; url: string; status: number; why: string };

/** Every page: the roles that see it; others go to /login (anonymous) or /forbidden. */
const PAGES: Record<string, PageRule> = {
  "/page": { kind: "page", url: "/", allowed: MEMBERS },
  "/(auth)/login/page": { kind: "page", url: "/login", allowed: "public" },
  "/forbidden/page": { kind: "page", url: "/forbidden", allowed: "public" },
  "/(auth)/invite/[token]/page": { kind: "page", url: "/invite/not-a-real-token", allowed: "public" },
  "/(auth)/setup/page": { kind: "fixed", url: "/setup", status: 404, why: "first-run set-up: gone once the install has a workspace" },
  "/(dashboard)/board/page": { kind: "page", url: "/board", allowed: MEMBERS },
  "/(dashboard)/calls/page": { kind: "page", url: "/calls", allowed: MEMBERS },
  "/(dashboard)/calls/new/page": { kind: "page", url: "/calls/new", allowed: MEMBERS },
  "/(dashboard)/calls/[id]/page": { kind: "page", url: "/calls/{callId}", allowed: MEMBERS },
  "/(dashboard)/callbacks/page": { kind: "page", url: "/callbacks", allowed: MEMBERS },
  "/(dashboard)/missed/page": { kind: "page", url: "/missed", allowed: MEMBERS },
  "/(dashboard)/leads/page": { kind: "page", url: "/leads", allowed: MEMBERS },
  "/(dashboard)/leads/new/page": { kind: "page", url: "/leads/new", allowed: MEMBERS },
  "/(dashboard)/campaigns/page": { kind: "page", url: "/campaigns", allowed: REVIEWERS },
  "/(dashboard)/campaigns/new/page": { kind: "page", url: "/campaigns/new", allowed: REVIEWERS },
  "/(dashboard)/campaigns/[id]/page": { kind: "page", url: "/campaigns/{campaignId}", allowed: REVIEWERS },
  "/(dashboard)/outcomes/mine/page": { kind: "page", url: "/outcomes/mine", allowed: MEMBERS },
  "/(dashboard)/outcomes/page": { kind: "page", url: "/outcomes", allowed: REVIEWERS },
  "/(dashboard)/attention/page": { kind: "page", url: "/attention", allowed: REVIEWERS },
  "/(dashboard)/settings/page": { kind: "page", url: "/settings", allowed: ADMINS },
  "/(dashboard)/settings/people/page": { kind: "page", url: "/settings/people", allowed: ADMINS },
  "/(dashboard)/settings/assistants/page": { kind: "page", url: "/settings/assistants", allowed: ADMINS },
  "/(dashboard)/settings/workspace/page": { kind: "page", url: "/settings/workspace", allowed: ADMINS },
  "/(dashboard)/customers/page": { kind: "page", url: "/customers", allowed: MEMBERS },
  "/(dashboard)/customers/new/page": { kind: "page", url: "/customers/new", allowed: MEMBERS },
  "/(dashboard)/customers/[id]/page": { kind: "page", url: "/customers/{customerId}", allowed: MEMBERS },
  "/(dashboard)/customers/[id]/edit/page": { kind: "page", url: "/customers/{customerId}/edit", allowed: MEMBERS },
  "/(dashboard)/customers/[id]/merge/page": { kind: "page", url: "/customers/{customerId}/merge", allowed: MEMBERS },
  "/(dashboard)/customers/import/page": { kind: "page", url: "/customers/import", allowed: REVIEWERS },
  "/(dashboard)/appointments/page": { kind: "page", url: "/appointments", allowed: MEMBERS },
  "/(dashboard)/payments/page": { kind: "page", url: "/payments", allowed: MEMBERS },
  "/(dashboard)/appointments/new/page": { kind: "page", url: "/appointments/new", allowed: MEMBERS },
  "/(dashboard)/appointments/[id]/edit/page": { kind: "page", url: "/appointments/{appointmentId}/edit", allowed: MEMBERS },
  "/_not-found/page": { kind: "framework", why: "Next's 404 page, no data" },
  "/_global-error/page": { kind: "framework", why: "Next's error page, no data" },
};

const status = (anonymous: number, dispatcher: number, manager: number, admin: number): Record<Principal, number> => ({
  anonymous,
  dispatcher,
  manager,
  admin,
});

/** Every route handler: the status each principal gets (a session never opens a machine's route). */
const ROUTES: Record<string, RouteRule> = {
  // The app icon is a static file anyone may fetch (the login page shows it).
  "/icon.svg/route": { kind: "route", method: "GET", url: "/icon.svg", status: status(200, 200, 200, 200) },
  "/api/health/route": { kind: "machine", method: "GET", url: "/api/health", status: 200, why: "load balancer probe, no data" },
  "/api/auth/[...nextauth]/route": {
    kind: "machine",
    method: "GET",
    url: "/api/auth/providers",
    status: 200,
    why: "next-auth's own endpoints",
  },
  "/api/live/calls/route": { kind: "route", method: "GET", url: "/api/live/calls", status: status(401, 200, 200, 200) },
  "/api/board/today/route": { kind: "route", method: "GET", url: "/api/board/today", status: status(401, 200, 200, 200) },
  "/api/day/counts/route": { kind: "route", method: "GET", url: "/api/day/counts", status: status(401, 200, 200, 200) },
  "/api/missed-calls/route": { kind: "route", method: "GET", url: "/api/missed-calls", status: status(401, 200, 200, 200) },
  "/api/customers/search/route": {
    kind: "route",
    method: "GET",
    url: "/api/customers/search?query=Test",
    status: status(401, 200, 200, 200),
  },
  "/api/compliance/preview/route": {
    kind: "route",
    method: "GET",
    url: "/api/compliance/preview?customerId={customerId}&phoneNumber=%2B13105550142&purpose=follow_up",
    status: status(401, 200, 200, 200),
  },
  "/api/provider-status/route": { kind: "route", method: "GET", url: "/api/provider-status", status: status(401, 200, 200, 200) },
  "/api/ready/route": { kind: "machine", method: "GET", url: "/api/ready", status: 200, why: "readiness probe: checks, no tenant data" },
  "/api/metrics/route": {
    kind: "machine",
    method: "GET",
    url: "/api/metrics",
    status: 404,
    why: "Prometheus metrics: its bearer token only (404 when none is configured); a session counts for nothing",
  },
  "/api/live/missed/route": { kind: "route", method: "GET", url: "/api/live/missed", status: status(401, 200, 200, 200) },
  "/api/leads/route": { kind: "route", method: "GET", url: "/api/leads", status: status(401, 200, 200, 200) },
  "/api/live/leads/route": { kind: "route", method: "GET", url: "/api/live/leads", status: status(401, 200, 200, 200) },
  "/api/live/campaigns/route": { kind: "route", method: "GET", url: "/api/live/campaigns", status: status(401, 403, 200, 200) },
  "/api/campaigns/progress/route": {
    kind: "route",
    method: "GET",
    url: "/api/campaigns/progress?campaignId={campaignId}",
    status: status(401, 403, 200, 200),
  },
  "/api/campaigns/rows/route": {
    kind: "route",
    method: "GET",
    url: "/api/campaigns/rows?campaignId={campaignId}",
    status: status(401, 403, 200, 200),
  },
  "/api/exports/campaigns/route": {
    kind: "route",
    method: "GET",
    url: "/api/exports/campaigns?campaignId={campaignId}",
    status: status(401, 403, 200, 200),
  },
  "/api/exports/calls/route": { kind: "route", method: "GET", url: "/api/exports/calls", status: status(401, 403, 200, 200) },
  "/api/exports/customers/route": { kind: "route", method: "GET", url: "/api/exports/customers", status: status(401, 403, 200, 200) },
  "/api/exports/appointments/route": { kind: "route", method: "GET", url: "/api/exports/appointments", status: status(401, 200, 200, 200) },
  "/api/exports/appointments/calendar/route": {
    kind: "route",
    method: "GET",
    url: "/api/exports/appointments/calendar?view=week",
    status: status(401, 200, 200, 200),
  },
  // No recording on the call: a member of its workspace hears 404 "not recorded", never the audio of another.
  "/api/calls/[id]/recording/route": {
    kind: "route",
    method: "GET",
    url: "/api/calls/{callId}/recording",
    status: status(401, 404, 404, 404),
  },
  "/api/v1/missed-calls/route": {
    kind: "machine",
    method: "POST",
    url: "/api/v1/missed-calls",
    status: 401,
    why: "the phone system's feed: its bearer token only, a browser session counts for nothing",
  },
  "/api/v1/leads/route": {
    kind: "machine",
    method: "POST",
    url: "/api/v1/leads",
    status: 401,
    why: "the lead feed: its bearer token only, a browser session counts for nothing",
  },
  "/api/webhooks/provider/route": {
    kind: "machine",
    method: "POST",
    url: "/api/webhooks/provider",
    status: 401,
    why: "the provider's signed webhooks only",
  },
  "/api/simulator/v1/[...path]/route": {
    kind: "machine",
    method: "POST",
    url: "/api/simulator/v1/outbound/voice/call",
    status: 401,
    why: "the built-in simulator: its API key only",
  },
  "/api/simulator/track/[callId]/route": {
    kind: "machine",
    method: "GET",
    url: "/api/simulator/track/call_does_not_exist",
    status: 404,
    why: "the simulator's tracking page, by the provider's call id",
  },
};

type ActionRule = { allowed: Principal[] } | { public: string };

/** Every server action: the roles its memberAction lets through (probed with an input that fails parsing). */
const ACTIONS: Record<string, ActionRule> = {
  "app/(auth)/login/actions.ts#loginAction": { public: "signing in" },
  "app/(auth)/setup/actions.ts#setupAction": { public: "first-run set-up; refuses once the install has a workspace" },
  "app/(auth)/invite/[token]/actions.ts#acceptInvitationAction": { public: "redeems a one-time link; the link is the credential" },
  "app/(auth)/invite/[token]/actions.ts#joinWorkspaceAction": { public: "redeems a one-time link with the account's password" },
  "app/(dashboard)/actions.ts#signOutAction": { public: "ends the caller's own session; never probed with a saved one" },
  "app/(dashboard)/actions.ts#switchWorkspaceAction": { allowed: MEMBERS },
  "app/(dashboard)/calls/actions.ts#retryCallAction": { allowed: MEMBERS },
  "app/(dashboard)/calls/actions.ts#cancelCallAction": { allowed: MEMBERS },
  "app/(dashboard)/calls/new/actions.ts#placeCallAction": { allowed: MEMBERS },
  "app/(dashboard)/missed/actions.ts#callBackNowAction": { allowed: MEMBERS },
  "app/(dashboard)/missed/actions.ts#dismissMissedCallAction": { allowed: MEMBERS },
  "app/(dashboard)/missed/actions.ts#simulateMissedCallAction": { allowed: ADMINS },
  "app/(dashboard)/leads/actions.ts#createLeadAction": { allowed: MEMBERS },
  "app/(dashboard)/leads/actions.ts#importLeadsAction": { allowed: MEMBERS },
  "app/(dashboard)/leads/actions.ts#dismissLeadAction": { allowed: MEMBERS },
  "app/(dashboard)/campaigns/actions.ts#createCampaignAction": { allowed: REVIEWERS },
  "app/(dashboard)/campaigns/actions.ts#addRecipientsAction": { allowed: REVIEWERS },
  "app/(dashboard)/campaigns/actions.ts#addCustomersAction": { allowed: REVIEWERS },
  "app/(dashboard)/campaigns/actions.ts#controlCampaignAction": { allowed: REVIEWERS },
  "app/(dashboard)/calls/[id]/review-actions.ts#reviewCallAction": { allowed: REVIEWERS },
  "app/(dashboard)/calls/[id]/review-actions.ts#reclassifyCallAction": { allowed: REVIEWERS },
  "app/(dashboard)/attention/actions.ts#resolveAttentionAction": { allowed: REVIEWERS },
  "app/(dashboard)/alerts/actions.ts#resolveAlertAction": { allowed: ADMINS },
  "app/(dashboard)/settings/actions.ts#createIngestTokenAction": { allowed: ADMINS },
  "app/(dashboard)/settings/actions.ts#revokeIngestTokenAction": { allowed: ADMINS },
  "app/(dashboard)/settings/actions.ts#updateSlaAction": { allowed: ADMINS },
  "app/(dashboard)/settings/actions.ts#updateCallbackAssistantAction": { allowed: ADMINS },
  "app/(dashboard)/settings/actions.ts#updateAutoRetryAction": { allowed: ADMINS },
  "app/(dashboard)/settings/actions.ts#updateLeadAssistantAction": { allowed: ADMINS },
  "app/(dashboard)/settings/do-not-call-actions.ts#annotateDoNotCallAction": { allowed: ADMINS },
  "app/(dashboard)/settings/do-not-call-actions.ts#addDoNotCallAction": { allowed: ADMINS },
  "app/(dashboard)/settings/job-actions.ts#rerunJobAction": { allowed: ADMINS },
  "app/(dashboard)/preferences-actions.ts#saveAlertPreferencesAction": { allowed: MEMBERS },
  "app/(dashboard)/customers/actions.ts#saveCustomerAction": { allowed: MEMBERS },
  "app/(dashboard)/customers/actions.ts#addCustomerNoteAction": { allowed: MEMBERS },
  "app/(dashboard)/customers/actions.ts#addCustomerToDoNotCallAction": { allowed: MEMBERS },
  "app/(dashboard)/customers/actions.ts#mergeCustomersAction": { allowed: MEMBERS },
  "app/(dashboard)/customers/actions.ts#previewCustomerImportAction": { allowed: REVIEWERS },
  "app/(dashboard)/customers/actions.ts#importCustomersAction": { allowed: REVIEWERS },
  "app/(dashboard)/appointments/actions.ts#saveAppointmentAction": { allowed: MEMBERS },
  "app/(dashboard)/appointments/actions.ts#saveCapacityAction": { allowed: ADMINS },
  "app/(dashboard)/appointments/actions.ts#remindAppointmentAction": { allowed: MEMBERS },
  "app/(dashboard)/payments/actions.ts#followUpPaymentAction": { allowed: MEMBERS },
  "app/(dashboard)/settings/people/actions.ts#inviteAction": { allowed: ADMINS },
  "app/(dashboard)/settings/people/actions.ts#passwordResetLinkAction": { allowed: ADMINS },
  "app/(dashboard)/settings/people/actions.ts#setRoleAction": { allowed: ADMINS },
  "app/(dashboard)/settings/people/actions.ts#setEnabledAction": { allowed: ADMINS },
  "app/(dashboard)/settings/people/actions.ts#removeMemberAction": { allowed: ADMINS },
  "app/(dashboard)/settings/people/actions.ts#withdrawInvitationAction": { allowed: ADMINS },
  "app/(dashboard)/settings/assistants/actions.ts#saveAssistantAction": { allowed: ADMINS },
  "app/(dashboard)/settings/assistants/actions.ts#setAssistantActiveAction": { allowed: ADMINS },
  "app/(dashboard)/settings/workspace/actions.ts#saveWorkspaceAction": { allowed: ADMINS },
  "app/(dashboard)/settings/workspace/actions.ts#createWorkspaceAction": { allowed: ADMINS },
};

/** The session cookie of a saved sign-in, as a Cookie header. */
function cookieOf(principal: Principal, extra: Record<string, string> = {}): string | undefined {
  if (principal === "anonymous") return undefined;
  const state = JSON.parse(readFileSync(authFile(USER[principal]), "utf8")) as { cookies: { name: string; value: string }[] };
  return [...state.cookies.map((c) => `${c.name}=${c.value}`), ...Object.entries(extra).map(([k, v]) => `${k}=${v}`)].join("; ");
}

/** The action's result object from an RSC response ("1:{\"ok\":false,...}"). */
function actionResult(text: string): { ok: boolean; error?: string; data?: Record<string, unknown> } | null {
  for (const line of text.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (json.startsWith('{"ok":')) return JSON.parse(json) as { ok: boolean; error?: string };
  }
  return null;
}

async function get(request: APIRequestContext, url: string, cookie?: string) {
  // Streams (live) answer 200 at once and never end: read the headers only.
  const res = await fetch(new URL(url, test.info().project.use.baseURL), { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
  await res.body?.cancel();
  return res;
}

test.describe.configure({ mode: "serial" });

let callId = "";
let customerId = "";
let appointmentId = "";
let campaignId = "";
const fill = (url: string) =>
  url
    .replace("{callId}", callId)
    .replace("{customerId}", customerId)
    .replace("{appointmentId}", appointmentId)
    .replace("{campaignId}", campaignId);

test("every page, route handler and server action of the build has an expectation", () => {
  const paths = builtAppPaths();
  const actions = builtActions().map((a) => `${a.file}#${a.name}`);
  expect(
    paths.filter((p) => !(p in PAGES) && !(p in ROUTES)),
    "routes without an expectation",
  ).toEqual([]);
  expect(
    actions.filter((a) => !(a in ACTIONS)),
    "server actions without an expectation",
  ).toEqual([]);
  // And none listed that the build no longer has (a stale list checks nothing).
  expect(Object.keys({ ...PAGES, ...ROUTES }).filter((p) => !paths.includes(p))).toEqual([]);
  expect(Object.keys(ACTIONS).filter((a) => !actions.includes(a))).toEqual([]);
});

test("a call in Summit to aim at (placed through the action, as a dispatcher there)", async ({ baseURL }) => {
  const cookie = cookieOf("dispatcher");
  const id = (name: string) => builtActions().find((a) => a.name === name)!.id;
  const search = (await (
    await fetch(new URL("/api/customers/search?query=Test%20Access%20Matrix", baseURL), { headers: { Cookie: cookie! } })
  ).json()) as { ok: boolean; data: { id: string; phone: string }[] };
  const customer = search.data[0];
  customerId = customer.id;
  const page = await (await fetch(new URL("/calls/new", baseURL), { headers: { Cookie: cookie! } })).text();
  const assistantId =
    /<option value="([0-9a-f-]{36})"[^>]*>[^<]*Follow/.exec(page)?.[1] ?? /<option value="([0-9a-f-]{36})"/.exec(page)![1];
  const placed = actionResult(
    (
      await invokeAction(baseURL!, {
        id: id("placeCallAction"),
        at: "/calls/new",
        cookie,
        args: [
          {
            requestKey: crypto.randomUUID(),
            customerId: customer.id,
            phoneNumber: customer.phone,
            purpose: "follow_up",
            assistantId,
            context: {},
            slots: [],
            maxDuration: 300,
            recordCall: false,
          },
        ],
      })
    ).text,
  );
  expect(placed?.ok, JSON.stringify(placed)).toBe(true);
  callId = (placed!.data as { id: string }).id;
  expect(callId).toMatch(/^[0-9a-f-]{36}$/);
  const booked = actionResult(
    (
      await invokeAction(baseURL!, {
        id: id("saveAppointmentAction"),
        at: "/appointments/new",
        cookie,
        args: [
          {
            customerId: customer.id,
            start: "2045-06-01T10:00",
            durationMinutes: 60,
            status: "booked",
            notes: "",
            allowOverCapacity: true,
          },
        ],
      })
    ).text,
  );
  expect(booked?.ok, JSON.stringify(booked)).toBe(true);
  appointmentId = (booked!.data as { id: string }).id;
  // And a draft campaign, made by the manager through the action.
  const created = actionResult(
    (
      await invokeAction(baseURL!, {
        id: id("createCampaignAction"),
        at: "/campaigns/new",
        cookie: cookieOf("manager"),
        args: [
          {
            name: "Matrix campaign",
            purpose: "follow_up",
            assistantId,
            contextTemplate: "Check in with {first_name}",
            slots: [],
            startDate: "2026-12-01",
            endDate: "2026-12-31",
            dailyStart: "09:00",
            dailyEnd: "18:00",
            ratePerMinute: 10,
            maxInFlight: 2,
            retryOn: [],
            retryAfterHours: 4,
            maxAttempts: 1,
          },
        ],
      })
    ).text,
  );
  expect(created?.ok, JSON.stringify(created)).toBe(true);
  campaignId = (created!.data as { id: string }).id;
});

for (const [path, rule] of Object.entries(PAGES)) {
  if (rule.kind === "fixed") {
    test(`page ${rule.url}`, async ({ request }) => {
      for (const who of PRINCIPALS) expect((await get(request, rule.url, cookieOf(who))).status, `${who} on ${path}`).toBe(rule.status);
    });
  }
  if (rule.kind !== "page") continue;
  test(`page ${rule.url}`, async ({ request }) => {
    for (const who of PRINCIPALS) {
      const res = await get(request, fill(rule.url), cookieOf(who));
      const location = res.headers.get("location") ?? "";
      const allowed = rule.allowed === "public" || rule.allowed.includes(who);
      const where = `${who} on ${path}: ${res.status} ${location}`;
      if (rule.allowed === "public") expect([200, 307, 308], where).toContain(res.status);
      else if (allowed) expect(res.status === 200 || (rule.url === "/" && /\/board$/.test(location)), where).toBe(true);
      else if (who === "anonymous") expect(location, where).toMatch(/\/login/);
      else expect(location, where).toMatch(/\/forbidden/);
    }
  });
}

for (const [path, rule] of Object.entries(ROUTES)) {
  test(`route ${rule.method} ${rule.url}`, async () => {
    for (const who of PRINCIPALS) {
      const url = new URL(fill(rule.url), test.info().project.use.baseURL);
      const cookie = cookieOf(who);
      const res = await fetch(url, {
        method: rule.method,
        redirect: "manual",
        headers: { ...(cookie ? { Cookie: cookie } : {}), "Content-Type": "application/json" },
        body: rule.method === "POST" ? "{}" : undefined,
      });
      await res.body?.cancel();
      const expected = rule.kind === "route" ? rule.status[who] : rule.status;
      expect(res.status, `${who} on ${path}`).toBe(expected);
    }
  });
}

/** The URL of a page the action is bound to ("app/(dashboard)/calls/[id]/page" → "/calls/<id>"). */
function pageOf(worker: string): string {
  const path = worker
    .replace(/^app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/page$/, "")
    .replace("[id]", callId);
  return path || "/";
}

test("every server action refuses anonymous callers and roles it does not allow", async ({ baseURL }) => {
  test.setTimeout(300_000);
  for (const action of builtActions()) {
    const rule = ACTIONS[`${action.file}#${action.name}`];
    if (!rule || "public" in rule) continue;
    for (const at of action.pages.map(pageOf)) {
      for (const who of PRINCIPALS) {
        // An input no schema accepts: an allowed caller gets as far as parsing, and nothing changes.
        const { status, location, text } = await invokeAction(baseURL!, { id: action.id, at, args: [0], cookie: cookieOf(who) });
        const where = `${who} → ${action.file}#${action.name} at ${at}`;
        const result = actionResult(text);
        if (who === "anonymous") {
          // Requests with a body skip the proxy (it would read them past the size caps): the
          // action's own wrapper turns away a caller without a session before anything runs.
          expect(`${status} ${location}`, where).not.toMatch(/^30[0-9] /);
          expect(result?.error, where).toBe("Your session has ended. Sign in again.");
          continue;
        }
        expect(result?.ok, where).toBe(false);
        expect(result?.error, where).toBe(rule.allowed.includes(who) ? "Check the highlighted fields." : "Your role does not allow this.");
      }
    }
  }
});

test("a member of the other workspace reaches nothing of Summit's call", async ({ baseURL }) => {
  // The admin belongs to both; with Valley chosen, Summit's call is another tenant's.
  const board = await (await fetch(new URL("/board", baseURL), { headers: { Cookie: cookieOf("admin")! } })).text();
  const valley = /<option value="([0-9a-f-]{36})"[^>]*>Valley/.exec(board)?.[1];
  expect(valley, "the admin's workspace switcher lists Valley").toBeTruthy();
  const cookie = cookieOf("admin", { cb_workspace: valley! });
  const asValley = (url: string) => fetch(new URL(url, baseURL), { redirect: "manual", headers: { Cookie: cookie! } });

  expect((await asValley(`/calls/${callId}`)).status).toBe(404);
  expect((await asValley(`/api/calls/${callId}/recording`)).status).toBe(404);
  expect((await asValley("/calls")).status).toBe(200);
  expect(await (await asValley("/calls")).text()).not.toContain(callId);
  const exported = await (await asValley("/api/exports/calls")).text();
  expect(exported).not.toContain(callId);

  const id = (name: string) => builtActions().find((a) => a.name === name)!.id;
  // Each answers exactly as for an id that does not exist: the call is not there for this workspace.
  const probes: [string, unknown, string][] = [
    ["retryCallAction", { callId, requestKey: crypto.randomUUID() }, "That call no longer exists."],
    ["cancelCallAction", { callId }, "That call no longer exists."],
    ["reviewCallAction", { callId, reviewed: true, note: "cross-tenant probe" }, "That call was not found in this workspace."],
    [
      "reclassifyCallAction",
      { callId, newType: "not_interested", reason: "cross-tenant probe" },
      "That call was not found in this workspace.",
    ],
  ];
  for (const [name, input, error] of probes) {
    const result = actionResult((await invokeAction(baseURL!, { id: id(name), at: "/board", args: [input], cookie })).text);
    expect(result, `${name} on another workspace's call`).toEqual({ ok: false, error });
  }
  // The same call as seen from Summit: untouched by those attempts.
  const summit = await (await fetch(new URL(`/calls/${callId}`, baseURL), { headers: { Cookie: cookieOf("manager")! } })).text();
  expect(summit).not.toContain("cross-tenant probe");
});
