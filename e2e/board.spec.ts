import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

// Each test calls a "Test …" customer no other spec calls: the duplicate guard asks for a
// confirmation when one customer is called twice within two minutes.
const LANES = ["Queued & dialing", "Ringing & in progress", "Completed", "Failed & needs attention"] as const;

const lane = (page: Page, name: (typeof LANES)[number]) => page.getByRole("region", { name, exact: true });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function placeCall(page: Page, customer: string, phone?: string) {
  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill(customer);
  await page
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(escape(customer)) })
    .first()
    .click();
  if (phone) await page.getByLabel("Phone number").fill(phone);
  await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call placed");
}

/** Opens the board and marks the document, so a test can prove it was never reloaded. */
async function openBoard(page: Page, path = "/board") {
  await page.goto(path);
  await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
  await page.evaluate(() => document.documentElement.setAttribute("data-board-test", "same-document"));
}

async function expectNotReloaded(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-board-test", "same-document");
}

test.use(asRole("dispatcher"));

test("the board shows four lanes, each with a heading and a count", async ({ page }) => {
  await openBoard(page);
  await expect(page.getByRole("heading", { level: 1, name: /Today’s calls/ })).toBeVisible();
  for (const name of LANES) {
    await expect(lane(page, name).getByRole("heading", { level: 2 })).toHaveText(new RegExp(`^${escape(name)}\\s*\\d+ calls?$`));
  }
  for (const label of ["Calls", "Purpose", "Assistant", "Outcome"]) {
    await expect(page.getByRole("combobox", { name: label, exact: true })).toBeVisible();
  }
});

test("a call placed in another tab appears on the board without a reload", async ({ page, context }) => {
  await openBoard(page);
  const cards = page.getByRole("link", { name: /Test Escalation/ });
  await expect(cards).toHaveCount(0);

  await placeCall(await context.newPage(), "Test Escalation");

  await expect(cards).toHaveCount(1);
  await expect(cards).toHaveAttribute("href", /^\/calls\/[0-9a-f-]{36}$/);
  await expect(cards).toContainText("Follow up after a visit");
  await expectNotReloaded(page);
});

test("filters narrow the lanes, and the URL keeps them", async ({ page, context }) => {
  await placeCall(await context.newPage(), "Test No Answer");
  await openBoard(page);
  const card = page.getByRole("link", { name: /Test No Answer/ });
  await expect(card).toHaveCount(1);

  await page.getByRole("combobox", { name: "Purpose" }).selectOption({ label: "Follow up after a visit" });
  await expect(page).toHaveURL(/\/board\?purpose=follow_up$/);
  await expect(card).toHaveCount(1);

  await page.getByRole("combobox", { name: "Purpose" }).selectOption({ label: "Payment reminder" });
  await expect(page).toHaveURL(/purpose=collections/);
  await expect(card).toHaveCount(0);
  for (const name of LANES) {
    await expect(lane(page, name).getByRole("heading", { level: 2 })).toHaveText(/\s0 calls$/);
    await expect(lane(page, name)).toContainText("No calls match the filters.");
  }

  await page.getByRole("combobox", { name: "Calls" }).selectOption({ label: "Mine" });
  await expect(page).toHaveURL(/calls=mine/);
  await expectNotReloaded(page);

  // A shared or reloaded link opens the same view.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Purpose" })).toHaveValue("collections");
  await expect(page.getByRole("combobox", { name: "Calls" })).toHaveValue("mine");
  await expect(card).toHaveCount(0);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/board$/);
  await expect(card).toHaveCount(1);
});

test("a call moves to Completed with its outcome without a reload", async ({ page, context }) => {
  await openBoard(page);
  // A number ending 0901 makes the simulator book an appointment.
  await placeCall(await context.newPage(), "Test Board Booking", "(310) 555-0901");

  const card = lane(page, "Completed").getByRole("link", { name: /Test Board Booking/ });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText("(310) 555-0901");
  await expect(card).toContainText("Appointment booked");
  await expect(lane(page, "Ringing & in progress").getByRole("link", { name: /Test Board Booking/ })).toHaveCount(0);
  await expectNotReloaded(page);
});

test.describe("retry", () => {
  test.use(asRole("dispatcher"));

  test("a call nobody answered can be retried from the board, once", async ({ page }) => {
    await page.goto("/calls/new");
    await page.getByRole("combobox", { name: "Customer" }).fill("Test Busy");
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /Test Busy Line/ })
      .first()
      .click();
    await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
    await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call placed");

    await page.goto("/board");
    const retry = page.getByRole("button", { name: "Retry call to Test Busy Line" }).first();
    await expect(retry).toBeVisible({ timeout: 30_000 });
    await retry.dblclick();
    await expect(page.getByRole("status").filter({ hasText: "Retry placed" }).first()).toBeVisible();
    // The original plus exactly one retry.
    await page.goto("/calls");
    await expect(page.getByRole("row").filter({ hasText: "Test Busy Line" })).toHaveCount(2);
  });
});
