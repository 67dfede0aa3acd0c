import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

// "Test Callback Request" (…0902) always ends with callback_requested and a callback time
// tomorrow at 10:00, so each call to it leaves a callback task behind.

async function placeCallback(page: Page, reason: string) {
  const form = page.getByRole("form", { name: "Place call" });
  await form.getByRole("button", { name: "Place call" }).click();
  // The same customer called within two minutes (or still on the line): the guard asks first.
  const anyway = page.getByRole("button", { name: "Place call anyway" });
  const result = page.getByRole("status").filter({ hasText: "Provider call ID" });
  await expect(anyway.or(result)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(result, reason).toContainText("Call placed");
}

const openTasks = (page: Page) =>
  page
    .getByRole("table", { name: /^Open callback requests/ })
    .getByRole("row")
    .filter({ hasText: "Test Callback Request" });

test.use(asRole("dispatcher"));

test("a callback request lands on Callbacks and is called back from there", async ({ page }) => {
  await page.goto("/callbacks");
  await expect(page.getByRole("heading", { level: 1, name: /^Callbacks/ })).toBeVisible();
  const before = await openTasks(page).count();

  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill("Test Callback");
  await page
    .getByRole("listbox")
    .getByRole("option", { name: /Test Callback Request/ })
    .first()
    .click();
  await page.getByLabel("Call purpose").selectOption({ label: "Return a customer's call" });
  await page.getByLabel("Callback reason").fill("Asked about a new thermostat");
  await page.getByLabel("Assistant").selectOption({ label: "Callback Cathy" });
  await placeCallback(page, "first call");

  // The outcome arrives by webhook a few seconds later; the page is read fresh on each visit.
  await expect(async () => {
    await page.goto("/callbacks");
    await expect(openTasks(page)).toHaveCount(before + 1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  const task = openTasks(page)
    .filter({ has: page.getByRole("link", { name: "Call back", exact: true }) })
    .first();
  await expect(task).toContainText("Customer asked to be called back");
  await expect(task).toContainText("Open");
  await expect(task.getByRole("link", { name: /^From the call of / })).toHaveAttribute("href", /^\/calls\/[0-9a-f-]{36}$/);
  await task.getByRole("link", { name: "Call back", exact: true }).click();

  await expect(page).toHaveURL(/\/calls\/new\?task=/);
  await expect(page.getByText("Test Callback Request asked to be called back.")).toBeVisible();
  await expect(page.getByLabel("Call purpose")).toHaveValue("callback");
  await expect(page.getByLabel("Callback reason")).toHaveValue(/^Customer asked to be called back/);
  await expect(page.getByLabel("Previous interaction")).toHaveValue(/^Asked us to call back \(call on [A-Z][a-z]{2} \d{1,2}\)$/);
  await page.getByLabel("Assistant").selectOption({ label: "Callback Cathy" });
  await placeCallback(page, "callback from the task");

  // That call ends with an outcome too, which completes the task it was placed for.
  await expect(async () => {
    await page.goto("/callbacks");
    await page.getByText(/^Completed \(/).click({ timeout: 1000 });
    const done = page
      .getByRole("table", { name: /^Completed callback requests/ })
      .getByRole("row")
      .filter({ hasText: "Done — by Dana Dispatcher" });
    await expect(done.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});
