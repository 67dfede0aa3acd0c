import { expect, test, type Page } from "@playwright/test";
import { asRole, authFile } from "./fixtures";

// The built-in simulator's outage switch (not part of the provider's API, for a signed-in admin):
// every call request answers 503 while it is on. The e2e server opens the breaker after two
// unanswered requests.
const NOTICE = /^The provider is not answering since \d{1,2}:\d{2} [AP]M; calls are queued and will go out automatically$/;

async function switchOutage(admin: Page, down: boolean) {
  const res = await admin.request.post("/api/simulator/v1/_control/outage", { data: { down } });
  expect(res.status()).toBe(200);
}

async function placeCall(page: Page, customer: string) {
  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill(customer);
  await page
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(customer) })
    .first()
    .click();
  await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call queued for sending");
}

test.use(asRole("dispatcher"));

test("an outage opens the breaker, the board and the form say so live, and queued calls go out after recovery", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(240_000);
  await page.goto("/board");
  await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
  await page.evaluate(() => document.documentElement.setAttribute("data-outage-test", "same-document"));
  const notice = page.getByRole("status").filter({ hasText: "The provider is not answering" });
  await expect(notice).toHaveCount(0);

  const form = await context.newPage();
  const admin = await browser.newContext({ storageState: authFile("admin") });
  const adminPage = await admin.newPage();
  expect((await form.request.post("/api/simulator/v1/_control/outage", { data: { down: true } })).status()).toBe(403);
  await switchOutage(adminPage, true);
  try {
    await placeCall(form, "Test Outage First");
    await placeCall(form, "Test Outage Second");

    // The board was not reloaded; the notice arrives by itself.
    await expect(notice).toHaveText(NOTICE, { timeout: 15_000 });
    await expect(page.locator("html")).toHaveAttribute("data-outage-test", "same-document");
    await page.screenshot({ path: "test-results/provider-outage-board.png", fullPage: true });

    await form.goto("/calls/new");
    await expect(form.getByRole("status").filter({ hasText: "The provider is not answering" })).toHaveText(NOTICE);
    await form.screenshot({ path: "test-results/provider-outage-form.png" });

    await adminPage.goto("/board");
    await expect(adminPage.getByRole("region", { name: "Workspace alerts" })).toContainText("The provider is not answering at");
  } finally {
    await switchOutage(adminPage, false);
    await admin.close();
  }

  // Recovery: the next probe succeeds, the held calls go out, the notice goes away on its own.
  await expect(notice).toHaveCount(0, { timeout: 30_000 });
  // The calls list, opened while they may still wait, shows them sent without a reload.
  await form.goto("/calls");
  await form.evaluate(() => document.documentElement.setAttribute("data-outage-test", "calls-list"));
  for (const customer of ["Test Outage First", "Test Outage Second"]) {
    await expect(form.getByRole("row").filter({ hasText: customer }).first()).toContainText(/call_[a-z0-9]+/, { timeout: 30_000 });
  }
  await expect(form.locator("html")).toHaveAttribute("data-outage-test", "calls-list");
});
