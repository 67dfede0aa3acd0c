import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";
import { createIngestToken, feedMissedCall } from "./day-helpers";

// These flows make tokens, feed missed calls and place calls; the machine they run on is shared.
test.describe.configure({ timeout: 120_000 });

// Keyboard users keep their place: after "Call back now" and after dismissing, focus stays in the
// missed-calls list instead of falling to <body>.

test.use(asRole("dispatcher"));

const row = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });
const focusInList = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.closest("[data-missed-list]")) && document.activeElement !== document.body);

test("dismissing a missed call moves focus to the next one in the list", async ({ page, browser }) => {
  const token = await createIngestToken(browser);
  const first = `Focus A ${randomUUID().slice(0, 6)}`;
  const second = `Focus B ${randomUUID().slice(0, 6)}`;
  await feedMissedCall(page.request, token, first, "(310) 555-0161");
  await feedMissedCall(page.request, token, second, "(310) 555-0162");
  await page.goto("/missed");
  await expect(row(page, second)).toBeVisible();

  await row(page, first).getByRole("button", { name: "Dismiss" }).click();
  const dialog = page.getByRole("dialog", { name: `Dismiss ${first}’s missed call?` });
  await dialog.getByLabel("Reason").fill("Wrong number");
  await dialog.getByRole("button", { name: "Dismiss missed call" }).click();
  await expect(row(page, first)).toHaveCount(0);
  await expect.poll(() => focusInList(page)).toBe(true);
});

test("after Call back now, focus is on the answer in the list", async ({ page, browser }) => {
  // Call back now needs the workspace's default callback assistant.
  const admin = await browser.newContext(asRole("admin"));
  const settings = await admin.newPage();
  await settings.goto("/settings");
  await settings.getByRole("combobox", { name: "Default callback assistant" }).selectOption({ label: "Callback Cathy" });
  await settings.getByRole("button", { name: "Save default assistant" }).click();
  await expect(settings.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await admin.close();

  const token = await createIngestToken(browser);
  const name = `Focus C ${randomUUID().slice(0, 6)}`;
  await feedMissedCall(page.request, token, name, "+13105550902");
  await page.goto("/missed");
  await row(page, name).getByRole("button", { name: "Call back now" }).click();
  const answer = page.getByRole("group", { name: `Call back ${name}` });
  await expect(answer).toBeVisible();
  await expect(answer).toBeFocused();
  await expect.poll(() => focusInList(page)).toBe(true);
});
