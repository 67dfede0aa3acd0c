import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

test.describe("anonymous", () => {
  test("a visit to any dashboard page lands on the login page", async ({ page }) => {
    await page.goto("/calls/new");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in to your workspace" })).toBeVisible();
    const res = await page.request.get("/api/live/calls");
    expect(res.status()).toBe(401);
  });

  test("a wrong password is refused with a message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("dispatcher@callboard.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});

async function pickCustomer(page: Page, query: string, name: RegExp | string) {
  await page.getByRole("combobox", { name: "Customer" }).fill(query);
  await page.getByRole("listbox").getByRole("option", { name }).first().click();
}

test.describe("dispatcher", () => {
  test.use(asRole("dispatcher"));

  test("places a call for a seeded customer and sees it listed with the provider's call id", async ({ page }) => {
    await page.goto("/calls/new");
    const form = page.getByRole("form", { name: "Place call" });
    await pickCustomer(page, "Test Flaky", /Test Flaky Provider/);
    await expect(page.getByLabel("Phone number")).toHaveValue(/555.*0503/);
    await page.getByLabel("Call purpose").selectOption({ label: "Return a customer's call" });
    await page.getByLabel("Callback reason").fill("Asked about the price of an AC tune-up");
    await page.getByLabel("Assistant").selectOption({ label: "Callback Cathy" });
    await page.getByRole("button", { name: "Offer appointment slots" }).click();
    await page.getByRole("button", { name: "Suggest slots" }).click();
    await expect(page.getByRole("group", { name: "Slot 3" })).toBeVisible();
    await form.getByRole("button", { name: "Place call" }).dblclick();

    const result = page.getByRole("status").filter({ hasText: "Provider call ID" });
    await expect(result).toContainText("Call placed");
    const callId = (await result.getByText(/^call_[a-z0-9]+$/).textContent())?.trim();
    expect(callId).toMatch(/^call_/);

    await page.getByRole("link", { name: "View calls" }).click();
    await expect(page).toHaveURL(/\/calls$/);
    const rows = page.getByRole("row").filter({ hasText: callId! });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Test Flaky Provider");
    // The double click placed one call, not two.
    await expect(page.getByRole("row").filter({ hasText: "Test Flaky Provider" })).toHaveCount(1);
  });

  test("an invalid phone and a missing required field show field errors", async ({ page }) => {
    await page.goto("/calls/new");
    await pickCustomer(page, "Test Unre", /Test Unreachable/);
    await page.getByLabel("Phone number").fill("555-12");
    await page.getByLabel("Call purpose").selectOption({ label: "Custom message" });
    await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
    await expect(page.getByText("Not a valid phone number")).toBeVisible();
    await expect(page.getByText("Message to convey is required for this purpose")).toBeVisible();
    await expect(page.getByLabel("Phone number")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toHaveCount(0);
  });

  test("a provider refusal shows the provider's message", async ({ page }) => {
    await page.goto("/calls/new");
    await pickCustomer(page, "Test Unre", /Test Unreachable/);
    await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
    await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
    const result = page.getByRole("status").filter({ hasText: "Provider call ID" });
    await expect(result).toContainText("The provider rejected the call");
    await expect(result).toContainText("This number cannot receive calls");
  });

  test("a do-not-call customer is refused by the server", async ({ page }) => {
    await page.goto("/calls/new");
    await pickCustomer(page, "Test Do Not", /Test Do Not Call/);
    await expect(page.getByText("Do not call", { exact: true }).first()).toBeVisible();
    await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
    const form = page.getByRole("form", { name: "Place call" });
    await form.getByRole("button", { name: "Place call" }).click();
    await expect(form.getByRole("alert")).toContainText("On the do-not-call list");
  });
});

test.describe("compliance in the form", () => {
  test.use(asRole("dispatcher"));

  test("a customer outside calling hours gets the schedule-for-later offer", async ({ page }) => {
    await page.goto("/calls/new");
    await pickCustomer(page, "Test Night", /Test Night Owl/);
    await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
    const checks = page.getByRole("region", { name: "Compliance checks" });
    await expect(checks).toContainText("Calling hours");
    await expect(checks).toContainText("Next allowed");
    const form = page.getByRole("form", { name: "Place call" });
    await form.getByRole("button", { name: "Place call" }).click();
    const offer = form.getByRole("alert").filter({ hasText: "calls are allowed 8 AM–9 PM" });
    await expect(offer).toBeVisible();
    await offer.getByRole("button", { name: /^Schedule for / }).click();
    const result = page.getByRole("status").filter({ hasText: "Call scheduled" });
    await expect(result).toContainText("Will be placed");
    await expect(result).toContainText("Scheduled");
  });
});

test.describe("do-not-call outcome", () => {
  test.use(asRole("dispatcher"));

  test("a customer who asks not to be called cannot be called again", async ({ page }) => {
    await page.goto("/calls/new");
    await pickCustomer(page, "Test Unsub", /Test Unsubscribe/);
    await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
    const form = page.getByRole("form", { name: "Place call" });
    await form.getByRole("button", { name: "Place call" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call placed");

    // The simulator ends numbers …0905 with do_not_call; the call page updates by itself.
    await page.goto("/calls");
    await page.getByRole("link", { name: "Test Unsubscribe" }).first().click();
    await expect(page.getByRole("heading", { name: "Test Unsubscribe" })).toBeVisible();
    await expect(page.getByText("Do not call", { exact: true }).first()).toBeVisible({ timeout: 45_000 });

    await page.goto("/calls/new");
    await pickCustomer(page, "Test Unsub", /Test Unsubscribe/);
    await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
    await expect(page.getByRole("region", { name: "Compliance checks" })).toContainText("On the do-not-call list");
    await form.getByRole("button", { name: "Place call" }).click();
    await expect(form.getByRole("alert")).toContainText("On the do-not-call list");
  });
});
