import { expect, test, type Browser, type Page } from "@playwright/test";

// A fresh install with no demo data, the simulator off and a contract-exact fake provider
// (playwright.golive.config.ts). One journey, in order: set-up, invitations, an assistant, a call
// placed from a missed call, its outcome, and the manager's review.
test.describe.configure({ mode: "serial" });

const ADMIN = { name: "Ada Admin", email: "ada@northwind-hvac.test", password: "copper-kettle-harbor-lantern" };
const DISPATCHER = { name: "Dev Dispatcher", email: "dev@northwind-hvac.test", password: "maple-orbit-seventy-cinder" };
const MANAGER = { name: "Mia Manager", email: "mia@northwind-hvac.test", password: "violet-engine-quartz-meadow" };

/** A number whose zone is well inside 8 AM–9 PM now, so calling hours allow the call at any hour the suite runs. */
function callableNumber(now = new Date()): string {
  const places = [
    { area: "212", zone: "America/New_York" },
    { area: "808", zone: "Pacific/Honolulu" },
    { area: "671", zone: "Pacific/Guam" },
  ];
  const hour = (zone: string) =>
    Number(new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", hourCycle: "h23" }).format(now));
  const place = places.find((p) => hour(p.zone) >= 9 && hour(p.zone) <= 19) ?? places[0];
  return `+1${place.area}5550186`;
}

const links: { dispatcher?: string; manager?: string } = {};
let ingestToken = "";

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/board$/);
}

async function asPerson(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return { page, close: () => context.close() };
}

test("an empty install opens the one-time set-up, and nothing else", async ({ page }) => {
  await page.goto("/board");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Callboard for your company" })).toBeVisible();
  // No demo: the published demo password opens nothing.
  await page.goto("/login");
  await expect(page).toHaveURL(/\/setup$/);
});

test("the admin sets up the company and lands on People", async ({ page }) => {
  await page.goto("/setup");
  const form = page.getByRole("form", { name: "Set up Callboard" });
  await form.getByLabel("Company name").fill("Northwind Heating");
  await form.getByLabel("Time zone").selectOption("America/Chicago");
  await form.getByLabel("Provider workspace ID").fill("ws_northwind");
  await form.getByLabel("Your name").fill(ADMIN.name);
  await form.getByLabel("Email").fill(ADMIN.email);
  await form.getByLabel("Password", { exact: true }).fill("password123");
  await form.getByLabel("Repeat the password").fill("password123");
  await form.getByRole("button", { name: "Create workspace and admin" }).click();
  await expect(form.getByText(/Too easy to guess/)).toBeVisible();

  await form.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await form.getByLabel("Repeat the password").fill(ADMIN.password);
  await form.getByRole("button", { name: "Create workspace and admin" }).click();
  await expect(page).toHaveURL(/\/settings\/people/);
  await expect(page.getByRole("status").filter({ hasText: "Northwind Heating is set up" })).toBeVisible();

  // The set-up route is gone.
  expect((await page.request.get("/setup")).status()).toBe(404);
});

test("the admin invites a dispatcher and a manager, adds an assistant and an ingest token", async ({ browser }) => {
  const admin = await asPerson(browser, ADMIN);
  const { page } = admin;
  await page.goto("/settings/people");
  for (const [key, who, role] of [
    ["dispatcher", DISPATCHER, "Dispatcher"],
    ["manager", MANAGER, "Manager"],
  ] as const) {
    const form = page.getByRole("form", { name: "Invite someone" });
    await form.getByLabel("Email").fill(who.email);
    await form.getByLabel("Role").selectOption({ label: role });
    await form.getByRole("button", { name: "Create invitation link" }).click();
    const reveal = page.getByRole("region", { name: `Invitation for ${who.email}` });
    links[key] = (await reveal.getByLabel("One-time link").textContent())?.trim();
    expect(links[key]).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    await reveal.getByRole("button", { name: "I’ve copied it" }).click();
  }
  await expect(page.getByRole("region", { name: "Open links" }).getByRole("listitem")).toHaveCount(2);

  await page.goto("/settings/assistants");
  await page.getByRole("button", { name: "Add assistant" }).click();
  const add = page.getByRole("form", { name: "Add assistant" });
  await add.getByLabel("Name").fill("Callback Carla");
  await add.getByLabel("Provider assistant ID").fill("asst_northwind_callback");
  await add.getByLabel("Return a customer's call").check();
  await add.getByRole("button", { name: "Add assistant" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Callback Carla" })).toContainText("asst_northwind_callback");

  await page.goto("/settings");
  await page.getByLabel("Token name").fill("Phone system");
  await page.getByRole("button", { name: "Create token" }).click();
  ingestToken = (await page.getByLabel("Ingest token", { exact: true }).textContent())?.trim() ?? "";
  expect(ingestToken.length).toBeGreaterThan(20);
  await admin.close();
});

test("the invited people accept their links, which then work no more", async ({ page }) => {
  for (const [link, who] of [
    [links.dispatcher!, DISPATCHER],
    [links.manager!, MANAGER],
  ] as const) {
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Join Northwind Heating" })).toBeVisible();
    await page.getByLabel("Your name").fill(who.name);
    await page.getByLabel("Password", { exact: true }).fill(who.password);
    await page.getByLabel("Repeat the password").fill(who.password);
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page).toHaveURL(/\/board$/);
    await page.goto(link);
    await expect(page.getByRole("alert").filter({ hasText: "already used" })).toBeVisible();
  }
});

test("a missed call comes in, the dispatcher calls back, the outcome arrives, the manager reviews it", async ({ page, browser }) => {
  const phone = callableNumber();
  const name = "Grace Hopper";
  const sent = await page.request.post("/api/v1/missed-calls", {
    headers: { Authorization: `Bearer ${ingestToken}` },
    data: {
      external_id: `pbx-${Date.now()}`,
      from: phone,
      to: "+13125550000",
      occurred_at: new Date().toISOString(),
      caller_name: name,
      reason: "no_answer",
    },
  });
  expect(sent.status()).toBe(201);

  await signIn(page, DISPATCHER);
  await page.goto("/missed");
  await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "Call back", exact: true }).click();
  await expect(page).toHaveURL(/\/calls\/new\?missed=/);
  await page.getByLabel("Callback reason").fill("Asked about a furnace that keeps short-cycling");
  await page.getByLabel("Assistant").selectOption({ label: "Callback Carla" });
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call placed");

  // The fake provider plays the call out and reports back through signed webhooks.
  await page.goto("/calls");
  await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name }).first().click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  const callUrl = page.url();
  await expect(page.getByRole("region", { name: "Summary" })).toContainText("Information provided", { timeout: 30_000 });

  const manager = await asPerson(browser, MANAGER);
  await manager.page.goto(callUrl);
  const review = manager.page.getByRole("region", { name: "Review", exact: true });
  await review.getByLabel("Mark reviewed").check();
  await review.getByRole("radiogroup", { name: "Rating" }).getByRole("radio", { name: "5 of 5" }).check();
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByRole("status")).toContainText("Review saved");
  await manager.close();
});
