import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

// Leads arrive through the real feed with a token made in Settings and are called by the lead
// assistant (the seed sets Callback Cathy; the first test sets it again through Settings).
// Numbers follow the simulator's table: 0901 books; "Test Lead Night" (0906) lives where it is 2 AM.

async function asAdmin(browser: Browser) {
  const context = await browser.newContext(asRole("admin"));
  return { page: await context.newPage(), close: () => context.close() };
}

async function createToken(browser: Browser): Promise<string> {
  const admin = await asAdmin(browser);
  await admin.page.goto("/settings");
  await admin.page.getByLabel("Token name").fill(`Leads ${randomUUID().slice(0, 6)}`);
  await admin.page.getByRole("button", { name: "Create token" }).click();
  const token = (await admin.page.getByLabel("Ingest token", { exact: true }).textContent())?.trim() ?? "";
  await admin.close();
  expect(token).toMatch(/^cbm_/);
  return token;
}

async function openLeads(page: Page) {
  await page.goto("/leads");
  await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
}

const row = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });

test("an admin sets the lead assistant in Settings", async ({ browser }) => {
  const admin = await asAdmin(browser);
  await admin.page.goto("/settings");
  await admin.page.getByRole("combobox", { name: "Lead assistant" }).selectOption({ label: "Callback Cathy" });
  await admin.page.getByRole("button", { name: "Save lead assistant" }).click();
  await expect(admin.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await admin.close();
});

test.describe("dispatcher", () => {
  test.use(asRole("dispatcher"));

  test("a lead posted to the feed is called by the lead assistant and shown live", async ({ page, browser }) => {
    const token = await createToken(browser);
    await openLeads(page);
    const name = `Lead ${randomUUID().slice(0, 8)}`;
    const res = await page.request.post("/api/v1/leads", {
      headers: { Authorization: `Bearer ${token}` },
      data: { external_id: `web-${randomUUID()}`, name, phone: "(424) 555-0901", service_requested: "Furnace tune-up", source: "website" },
    });
    expect(res.status()).toBe(201);
    const lead = row(page, name);
    // Live, without a reload: the row appears, is claimed by the lead assistant's call, then resolves booked.
    await expect(lead).toBeVisible();
    await expect(lead.getByText("Furnace tune-up")).toBeVisible();
    await expect(lead.getByText(/Calling — by the lead assistant|Reached/)).toBeVisible();
    await expect(lead.getByText("Reached")).toBeVisible({ timeout: 20_000 });
    await lead.getByRole("link", { name: "View call" }).click();
    await expect(page.getByText("Test Lead Booking").first()).toBeVisible();
  });

  test("outside calling hours the lead shows when it will be called", async ({ page, browser }) => {
    const token = await createToken(browser);
    await openLeads(page);
    const name = `Night lead ${randomUUID().slice(0, 8)}`;
    await page.request.post("/api/v1/leads", {
      headers: { Authorization: `Bearer ${token}` },
      data: { external_id: `web-${randomUUID()}`, name, phone: "+14245550906", source: "google_ads" },
    });
    const lead = row(page, name);
    await expect(lead.getByText("Scheduled — by the lead assistant")).toBeVisible();
    await expect(lead.getByText(/Calling hours open/)).toBeVisible();
  });

  test("a lead taken by hand is stored and called like a feed's", async ({ page }) => {
    await page.goto("/leads/new");
    const name = `Walk-in ${randomUUID().slice(0, 8)}`;
    const form = page.getByRole("form", { name: "New lead" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Phone").fill("not a number");
    await form.getByRole("button", { name: "Add lead and call" }).click();
    await expect(form.getByText("Not a valid phone number")).toBeVisible();
    await form.getByLabel("Phone").fill("(424) 555-0901");
    await form.getByLabel("Service requested").fill("Water heater");
    await form.getByRole("button", { name: "Add lead and call" }).click();
    await expect(page).toHaveURL(/\/leads$/);
    await expect(row(page, name)).toBeVisible();
    await expect(row(page, name).getByText("Source: phone")).toBeVisible();
  });

  test("a CSV of leads: good rows are stored and called, bad rows named by line, a second upload adds no one", async ({ page }) => {
    await page.goto("/leads/new");
    const tag = randomUUID().slice(0, 8);
    const csv = [
      "name,phone,service",
      `CSV Ada ${tag},(424) 555-0901,Furnace`,
      `CSV Bob ${tag},not a number,`,
      `CSV Cy ${tag},(424) 555-0902,AC unit`,
    ].join("\n");
    const form = page.getByRole("form", { name: "Upload leads" });
    const file = { name: "leads.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
    await form.getByLabel("CSV file").setInputFiles(file);
    await form.getByRole("button", { name: "Upload and call" }).click();
    await expect(form.getByRole("status")).toContainText("2 leads added and called in turn");
    await expect(form.getByRole("list", { name: "Rows not added" })).toHaveText("Row 3: phone: Not a valid phone number");
    await form.getByLabel("CSV file").setInputFiles(file);
    await form.getByRole("button", { name: "Upload and call" }).click();
    await expect(form.getByRole("status")).toContainText("0 leads added and called in turn; 2 already there");
    await openLeads(page);
    await expect(row(page, `CSV Ada ${tag}`)).toHaveCount(1);
    await expect(row(page, `CSV Cy ${tag}`).getByText("Source: CSV upload")).toBeVisible();
    await expect(row(page, `CSV Bob ${tag}`)).toHaveCount(0);
  });
});
