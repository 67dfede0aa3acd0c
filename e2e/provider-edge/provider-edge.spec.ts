import { expect, test, type Page } from "@playwright/test";
import { DEMO } from "../fixtures";

// Against the fake provider (playwright.edge.config.ts): what a dispatcher and an admin see when
// the provider sends an MP3, refuses a call, refuses our account, or says the call already exists.
// Each call goes to a different "Test …" customer (midday in their zone; no duplicate warning).

const SHOTS = "test-results/screens/provider-edge";

// A cold production server on a shared 2-core machine: generous, never a timing assertion.
test.describe.configure({ timeout: 120_000 });

async function openCall(page: Page, customer: string) {
  await page.goto("/calls");
  await page.getByRole("row").filter({ hasText: customer }).first().getByRole("link", { name: customer }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  return page.url();
}

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/board$/);
}

async function placeCall(page: Page, { customer, phone, record = false }: { customer: string; phone: string; record?: boolean }) {
  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill(customer);
  await page
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(customer) })
    .first()
    .click();
  await page.getByLabel("Phone number").fill(phone);
  await page.getByLabel("Call purpose").selectOption({ label: "Return a customer's call" });
  await page.getByLabel("Callback reason").fill("Asked about the price of an AC tune-up");
  await page.getByLabel("Assistant").selectOption({ label: "Callback Cathy" });
  if (record) await page.getByLabel("Record call").check();
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  return page.getByRole("status").filter({ hasText: "Provider call ID" });
}

test("an MP3 recording from the provider plays in the call detail, and a transcript line seeks it", async ({ page }) => {
  await signIn(page, DEMO.users.dispatcher);
  await expect(await placeCall(page, { customer: "Test Booking", phone: "(310) 555-1202", record: true })).toContainText("Call placed");
  await openCall(page, "Test Booking");
  await expect(page.getByRole("region", { name: "Summary" })).toContainText("Information provided", { timeout: 30_000 });
  const line = page.getByRole("button", { name: /I have the details you asked about/ });
  await expect(line).toBeVisible({ timeout: 30_000 });

  const callId = page.url().split("/").pop();
  const part = await page.request.get(`/api/calls/${callId}/recording`, { headers: { Range: "bytes=0-103" } });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-type"]).toBe("audio/mpeg");
  expect(part.headers()["content-range"]).toMatch(/^bytes 0-103\/\d+$/);

  const audio = page.getByLabel("Call recording");
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => Math.round(a.duration))).toBe(12);
  await line.click();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(6.3);
  expect(await audio.evaluate((a: HTMLAudioElement) => a.error)).toBeNull();
  await expect(line).toHaveAttribute("aria-current", "true");
  await page.screenshot({ path: `${SHOTS}/mp3-call-detail.png`, fullPage: true });
});

test("a refusal reads in plain words with the provider's code in small print", async ({ page }) => {
  await signIn(page, DEMO.users.dispatcher);
  const result = await placeCall(page, { customer: "Test Callback Request", phone: "(310) 555-1422" });
  await expect(result).toContainText("The provider rejected the call");
  await expect(result).toContainText("The provider cannot reach this number. Check the number with the customer.");
  await expect(result).toContainText("Provider: number_unreachable · HTTP 422 · The number is not reachable");
  await expect(result.getByRole("button", { name: "Edit and try again" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/refusal-plain-words.png` });

  await openCall(page, "Test Callback Request");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("Refused by the provider");
  await expect(summary).toContainText("The provider cannot reach this number.");
  await expect(summary).toContainText("Provider: number_unreachable · HTTP 422");
  await page.screenshot({ path: `${SHOTS}/refusal-call-detail.png` });
});

test("a 409 shows the call already placed with that key, and links to it", async ({ page }) => {
  await signIn(page, DEMO.users.dispatcher);
  await expect(await placeCall(page, { customer: "Test Escalation", phone: "(310) 555-0177" })).toContainText("Call placed");
  const firstUrl = await openCall(page, "Test Escalation");

  const result = await placeCall(page, { customer: "Test No Answer", phone: "(310) 555-1409" });
  await expect(result).toContainText("The provider already has a call for this request");
  await expect(result).toContainText("idempotency_conflict · HTTP 409");
  await expect(result.getByRole("button", { name: "Edit and try again" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/conflict-409.png` });
  await result.getByRole("link", { name: "Open the call already placed" }).click();
  await expect(page).toHaveURL(firstUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Test Escalation" })).toBeVisible();
});

test("a 401 tells the dispatcher an admin was alerted, and admins see one workspace alert with its time", async ({ page, browser }) => {
  await signIn(page, DEMO.users.dispatcher);
  const result = await placeCall(page, { customer: "Test Busy Line", phone: "(310) 555-1401" });
  await expect(result).toContainText("The provider refused our account");
  await expect(result).toContainText("Provider: unauthorized · HTTP 401");
  await expect(result.getByRole("button", { name: "Edit and try again" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/credentials-dispatcher.png` });

  const admin = await browser.newPage();
  await signIn(admin, DEMO.users.admin);
  const alerts = admin.getByRole("region", { name: "Workspace alerts" });
  await expect(alerts.getByRole("alert")).toHaveCount(1);
  await expect(alerts).toContainText(/The provider refused our credentials at \d{1,2}:\d{2}/);
  await admin.screenshot({ path: `${SHOTS}/credentials-admin-banner.png` });
  await admin.close();
});
