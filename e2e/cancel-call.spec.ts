import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";
import { pickCustomer } from "./day-helpers";

// A call held until the customer's calling hours shows when it goes out, in their time and the
// office's, and a dispatcher can cancel it from the board card or from the call's page.

test.use(asRole("dispatcher"));

/** Schedules a call to "Test Night Owl" (2 AM where they are) and returns its id. */
async function scheduleNightOwlCall(page: Page): Promise<string> {
  await page.goto("/calls/new");
  await pickCustomer(page, "Test Night", /Test Night Owl/);
  await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
  const form = page.getByRole("form", { name: "Place call" });
  await form.getByRole("button", { name: "Place call" }).click();
  await form
    .getByRole("alert")
    .getByRole("button", { name: /^Schedule for / })
    .click();
  const anyway = page.getByRole("button", { name: "Place call anyway" });
  const result = page.getByRole("status").filter({ hasText: "Call scheduled" });
  await expect(anyway.or(result)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(result).toBeVisible();
  const href = await page.getByRole("link", { name: "Open this call" }).getAttribute("href");
  return href!.split("/").pop()!;
}

test("a scheduled card says when it goes out and is canceled from the board", async ({ page }) => {
  const id = await scheduleNightOwlCall(page);
  await page.goto("/board");
  const card = page.getByRole("listitem").filter({ has: page.locator(`a[href="/calls/${id}"]`) });
  await expect(card).toContainText(/Goes out at (\w{3} )?\d{1,2}:\d{2} [AP]M \(customer's time\) · \d{1,2}:\d{2} [AP]M office time/);
  await expect(card.getByText("Scheduled", { exact: true })).toBeVisible();

  await card.getByRole("button", { name: "Cancel call to Test Night Owl" }).click();
  await card.getByRole("button", { name: "Yes, cancel the call to Test Night Owl" }).click();
  // The card moves lanes as the change streams in; find it again by its link.
  const after = page.getByRole("listitem").filter({ has: page.locator(`a[href="/calls/${id}"]`) });
  await expect(after.getByText("Canceled", { exact: true })).toBeVisible();

  await page.goto(`/calls/${id}`);
  await expect(page.getByText("Canceled before it went out").first()).toBeVisible();
  await expect(page.getByText(/Canceled by Dana/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel call to Test Night Owl" })).toHaveCount(0);
});

test("a scheduled call is canceled from its page, with who and when", async ({ page }) => {
  const id = await scheduleNightOwlCall(page);
  await page.goto(`/calls/${id}`);
  await expect(page.getByText(/It goes out at .*\(customer's time\)/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel call to Test Night Owl" }).click();
  await page.getByRole("button", { name: "Yes, cancel the call to Test Night Owl" }).click();
  // The page follows the call live: the button goes and the notice says who canceled it and when.
  await expect(page.getByText(/Canceled by Dana Dispatcher at /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel call to Test Night Owl" })).toHaveCount(0);
});
