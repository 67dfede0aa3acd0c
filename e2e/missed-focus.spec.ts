import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";
import { createIngestToken, feedMissedCall, setDefaultCallbackAssistant } from "./day-helpers";

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
  await setDefaultCallbackAssistant(browser);
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

test("a row whose buttons go while it holds focus (someone else calls back) keeps focus in that row", async ({ page, browser }) => {
  await setDefaultCallbackAssistant(browser);
  const token = await createIngestToken(browser);
  const name = `Focus D ${randomUUID().slice(0, 6)}`;
  // 0930 plays up to in progress and never ends (a number of its own: no other call in flight to
  // it), so the row stays "calling"; at night the call is scheduled instead, which holds it too.
  await feedMissedCall(page.request, token, name, "+18185550930");
  await page.goto("/missed");
  const callBack = row(page, name).getByRole("link", { name: "Call back" });
  await callBack.focus();
  await expect(callBack).toBeFocused();

  // A colleague calls back from their own screen: this list hears it live, and the row's "Call
  // back" link becomes a disabled button.
  const colleague = await browser.newContext(asRole("dispatcher2"));
  const other = await colleague.newPage();
  await other.goto("/missed");
  await row(other, name).getByRole("button", { name: "Call back now" }).click();
  const answer = other.getByRole("group", { name: `Call back ${name}` });
  const offer = answer.getByRole("button", { name: /^Schedule for / });
  const placed = answer.getByRole("status").filter({ hasText: /Callback (placed|scheduled)/ });
  await expect(offer.or(placed)).toBeVisible();
  if (await offer.isVisible()) await offer.click();
  await expect(placed).toBeVisible();
  await colleague.close();

  await expect(row(page, name).getByRole("button", { name: "Call back", exact: true })).toBeDisabled();
  await expect(row(page, name).locator(":focus")).toHaveCount(1);
});
