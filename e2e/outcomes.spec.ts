import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

// No other spec places an "Urgent notice" call, so with that purpose the figures count this
// spec's calls only. The number decides what the simulator does: 0901 books an appointment.
const CUSTOMER = "Test Opt Out";
const BOOKING_NUMBER = "(310) 555-0901";
const NO_ANSWER_NUMBER = "(310) 555-0920";

async function placeCall(page: Page, phone: string, purpose: string) {
  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill(CUSTOMER);
  await page
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(CUSTOMER) })
    .first()
    .click();
  await page.getByLabel("Phone number").fill(phone);
  await page.getByLabel("Call purpose").selectOption({ label: purpose });
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  // The second call to the same customer within two minutes asks for a confirmation.
  const anyway = page.getByRole("button", { name: "Place call anyway" });
  const result = page.getByRole("status").filter({ hasText: "Provider call ID" });
  await expect(anyway.or(result)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(result).toContainText("Call placed");
}

/** A headline figure's value, found by its label (the dt) and read from its dd. */
const figure = (page: Page, label: string) =>
  page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]")
    .locator("[data-figure]");

/** Yesterday's date in the demo workspace's zone (Summit is in Los Angeles). */
function yesterdayInLosAngeles(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

test.describe("manager", () => {
  // The export reads the calls the first test placed.
  test.describe.configure({ mode: "serial" });
  test.use(asRole("manager"));

  test("filters by purpose and date; the figures, charts and table follow, and the URL keeps the view", async ({ page }) => {
    test.setTimeout(120_000);
    await placeCall(page, BOOKING_NUMBER, "Urgent notice");
    await placeCall(page, NO_ANSWER_NUMBER, "Follow up after a visit");

    await page.goto("/outcomes");
    await expect(page.getByRole("heading", { level: 1, name: "Outcomes" })).toBeVisible();
    await page.getByRole("combobox", { name: "Dates" }).selectOption({ label: "Today" });
    await expect(page).toHaveURL(/\/outcomes\?range=today$/);
    const everyone = Number(await figure(page, "Calls placed").textContent());
    expect(everyone).toBeGreaterThanOrEqual(2);

    await page.getByRole("combobox", { name: "Purpose" }).selectOption({ label: "Urgent notice" });
    await expect(page).toHaveURL(/range=today&purpose=urgent_notification/);
    await expect(figure(page, "Calls placed")).toHaveText("1");
    const table = page.getByRole("table", { name: "Calls in this view" });
    await expect(table.getByRole("row").filter({ hasText: CUSTOMER })).toHaveCount(1);

    // The simulator books the appointment within seconds; the page shows it on the next load.
    await expect(async () => {
      await page.reload();
      await expect(figure(page, "Booking rate")).toHaveText("100%", { timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    await expect(figure(page, "Reached a person")).toHaveText("1");
    await expect(
      page.getByRole("img", { name: /Outcome mix by purpose\. Urgent notice: 1 call, mostly appointment booked/ }),
    ).toBeVisible();

    // A day with no calls: everything drops to zero.
    const yesterday = yesterdayInLosAngeles();
    await page.getByRole("combobox", { name: "Dates" }).selectOption({ label: "Custom dates" });
    await page.getByLabel("From", { exact: true }).fill(yesterday);
    await expect(page).toHaveURL(new RegExp(`from=${yesterday}`));
    await page.getByLabel("To", { exact: true }).fill(yesterday);
    await expect(page).toHaveURL(new RegExp(`range=custom&from=${yesterday}&to=${yesterday}&purpose=urgent_notification`));
    await expect(figure(page, "Calls placed")).toHaveText("0");
    await expect(page.getByText("No calls match these filters.")).toBeVisible();

    // A shared link opens the same view.
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Purpose" })).toHaveValue("urgent_notification");
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(yesterday);
    await expect(figure(page, "Calls placed")).toHaveText("0");
  });

  test("exports the filtered calls as CSV", async ({ page }) => {
    await page.goto("/outcomes?range=today&purpose=urgent_notification");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^callboard-summit-calls-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "Placed at (America/Los_Angeles),Customer,Phone,Purpose,Assistant,Dispatcher,Status,Answered by,Duration (s),Outcome,Notes,Summary,Reviewed,Rating,Call ID",
    );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.slice(1).every((l) => l.includes(`${CUSTOMER},(310) 555-0901,Urgent notice,`))).toBe(true);
  });
});

test.describe("dispatcher", () => {
  test.use(asRole("dispatcher"));

  test("cannot open the outcomes page or export, and sees only their own figures", async ({ page }) => {
    await page.goto("/outcomes");
    await expect(page.getByRole("heading", { name: "You can’t open this page" })).toBeVisible();
    const res = await page.request.get("/api/exports/calls?range=30d");
    expect(res.status()).toBe(403);

    await page.goto("/board");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Outcomes" })).toHaveCount(0);
    await nav.getByRole("link", { name: "My figures" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My figures" })).toBeVisible();
    await expect(page.getByText(/^Calls you placed/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  });
});
