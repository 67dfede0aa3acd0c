import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

/** Roles the dashboard knows, and the pages each one reaches from the nav. */
export const ROLES = ["dispatcher", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PAGES: Record<Role, string[]> = {
  dispatcher: ["/board", "/calls", "/calls/new", "/missed", "/callbacks", "/outcomes/mine"],
  manager: ["/board", "/calls", "/calls/new", "/missed", "/callbacks", "/attention", "/outcomes"],
  admin: [
    "/board",
    "/calls",
    "/calls/new",
    "/missed",
    "/callbacks",
    "/attention",
    "/outcomes",
    "/settings",
    "/settings/people",
    "/settings/assistants",
    "/settings/workspace",
  ],
};

/** Picks a customer in the place-call form by typing and choosing their option. */
export async function pickCustomer(page: Page, query: string, name: RegExp | string) {
  await page.getByRole("combobox", { name: "Customer" }).fill(query);
  await page.getByRole("listbox").getByRole("option", { name }).first().click();
}

/**
 * Fills the form for a callback call to a "Test …" customer and places it; returns the result panel
 * and the provider's call id. Another spec may have called the same customer: the duplicate guard
 * may ask first.
 */
export async function submitTestCall(page: Page, customer: string, { phone, reason }: { phone?: string; reason?: string } = {}) {
  await page.goto("/calls/new");
  await pickCustomer(page, customer, new RegExp(customer));
  if (phone) await page.getByLabel("Phone number").fill(phone);
  await page.getByLabel("Call purpose").selectOption({ label: "Return a customer's call" });
  await page.getByLabel("Callback reason").fill(reason ?? "Asked whether someone must be home for the visit");
  await page.getByLabel("Assistant").selectOption({ label: "Callback Cathy" });
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  const anyway = page.getByRole("button", { name: "Place call anyway" });
  const result = page.getByRole("status").filter({ hasText: "Provider call ID" });
  await expect(anyway.or(result)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(result).toContainText("Call placed");
  const providerCallId = (await result.getByText(/^call_[a-z0-9]+$/).textContent())?.trim() ?? "";
  return { result, providerCallId };
}

/** Places a test call (see submitTestCall) and returns its id, opening its detail from the calls list. */
export async function placeTestCall(page: Page, customer: string, phone?: string): Promise<string> {
  const { providerCallId } = await submitTestCall(page, customer, { phone });
  await page.goto("/calls");
  await page.getByRole("row").filter({ hasText: providerCallId }).getByRole("link", { name: customer }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

/** How far the page can scroll sideways, and how far it already is: both 0 when it fits. */
export async function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { overflow: root.scrollWidth - root.clientWidth, scrolled: window.scrollX };
  });
}

/** An ingest token for the missed-call feed, made in Settings as an admin would, read once. */
export async function createIngestToken(browser: Browser): Promise<string> {
  const context = await browser.newContext(asRole("admin"));
  const page = await context.newPage();
  await page.goto("/settings");
  await page.getByLabel("Token name").fill(`E2E ${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByLabel("Ingest token", { exact: true }).textContent())?.trim() ?? "";
  await context.close();
  expect(token).toMatch(/^cbm_/);
  return token;
}

/** "Call back now" needs the workspace's default callback assistant: set in Settings as an admin would. */
export async function setDefaultCallbackAssistant(browser: Browser, name = "Callback Cathy") {
  const context = await browser.newContext(asRole("admin"));
  const settings = await context.newPage();
  await settings.goto("/settings");
  await settings.getByRole("combobox", { name: "Default callback assistant" }).selectOption({ label: name });
  await settings.getByRole("button", { name: "Save default assistant" }).click();
  await expect(settings.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await context.close();
}

/** A missed call through the real feed, a minute ago; returns its id. */
export async function feedMissedCall(request: APIRequestContext, token: string, callerName: string, from = "(310) 555-0177") {
  const response = await request.post("/api/v1/missed-calls", {
    headers: { Authorization: `Bearer ${token}` },
    data: { external_id: `e2e-${randomUUID()}`, occurred_at: new Date(Date.now() - 60_000).toISOString(), from, caller_name: callerName },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}
