import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";
import { zoneWhereItIs } from "../lib/time/zone-at-hour";

// A manager's campaign from a CSV with bad rows to the end of its run, against the simulator at
// speed. Recipients live where it is noon (or 3 AM for the rows that must wait), by a time_zone
// column, so the run does not depend on the hour. "Test Campaign Opt Out" (0905) opts out on a
// dispatcher's call while the campaign has them queued.

const noon = zoneWhereItIs(12);
const night = zoneWhereItIs(3);

// Every dialled number ends in 0906 (the simulator's "information provided"), one area code each,
// so the run adds no callbacks or attention items that would change other specs' counts.
const AREA = [
  201, 202, 203, 205, 206, 207, 208, 209, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254,
  256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 313, 314, 315, 316,
];
const quiet = (i: number) => `(${AREA[i]}) 555-0906`;

function csv(): string {
  const lines = ["phone,first_name,appointment,time_zone"];
  for (let i = 0; i < 44; i++) lines.push(`${quiet(i)},Guest${i},Tue 9 AM,${noon}`);
  lines.push("not a phone,Broken,Tue 9 AM," + noon); // row 46
  lines.push(`${quiet(1)},Repeat,Tue 9 AM,${noon}`); // row 47: merged into row 3
  lines.push(`${quiet(45)},Empty,,${noon}`); // row 48: {appointment} empty
  lines.push(`${quiet(46)},Lost,Tue 9 AM,Mars/Olympus`); // row 49
  for (let i = 0; i < 3; i++) lines.push(`(424) 555-${7480 + i},Owl${i},Tue 9 AM,${night}`); // rows 50-52
  lines.push(`(424) 555-0905,Opt,Tue 9 AM,${noon}`); // row 53: last, so still queued when paused
  return lines.join("\n") + "\n";
}

const count = (page: Page, state: string) => page.locator(`[data-state="${state}"]`);

async function optOutByDispatcher(page: Page) {
  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill("Test Campaign Opt");
  await page
    .getByRole("listbox")
    .getByRole("option", { name: /Test Campaign Opt Out/ })
    .first()
    .click();
  await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
  await page.getByLabel("Assistant").selectOption({ label: "Callback Cathy" });
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call placed");
  // The simulator ends 0905 with a do_not_call outcome; the webhook flags the customer.
  await expect
    .poll(
      async () => {
        const res = await page.request.get("/api/customers/search?query=Test%20Campaign%20Opt");
        return ((await res.json()) as { data: { doNotCall: boolean }[] }).data[0]?.doNotCall;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

test.describe("manager", () => {
  test.use(asRole("manager"));
  test.setTimeout(180_000);

  test("a CSV with bad rows is fixed, run at speed, paused and resumed; an opt-out and night owls are not called", async ({
    page,
    browser,
  }) => {
    await page.goto("/campaigns/new");
    const form = page.getByRole("form", { name: "New campaign" });
    await form.getByLabel("Name").fill("Tuesday reminders");
    await form.getByLabel("Purpose").selectOption({ label: "Remind of an appointment" });
    await form.getByLabel("Assistant").selectOption({ label: "Reminder Ray" });
    await form.getByLabel("Context template").fill("Remind {first_name} of the visit {appointment}");
    await form.getByLabel("Daily from").fill("07:00");
    await form.getByLabel("Daily until").fill("21:00");
    await form.getByLabel("Calls per minute").fill("600");
    await form.getByLabel("At most in flight").fill("5");
    // No retries: a number that rings out is "not reached" at once, so the counts settle.
    await form.getByLabel("Retry on no answer").uncheck();
    await form.getByLabel("Retry on busy").uncheck();
    await form.getByRole("button", { name: "Create campaign" }).click();
    await expect(form.getByText("Calls may start at 08:00 at the earliest (their time)")).toBeVisible();
    await form.getByLabel("Daily from").fill("08:00");
    await form.getByRole("button", { name: "Create campaign" }).click();
    await expect(page.getByRole("heading", { name: /Tuesday reminders/ })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();

    await page.getByLabel("Recipients CSV").setInputFiles({ name: "tuesday.csv", mimeType: "text/csv", buffer: Buffer.from(csv()) });
    const preview = page.getByRole("region", { name: "Upload preview" });
    await expect(preview.getByRole("status")).toContainText("48 ready, 1 repeated numbers merged, 3 rows to fix");
    await expect(preview.getByRole("button", { name: "Add 48 recipients" })).toBeDisabled();
    await preview.getByLabel("Row 46 phone").fill(quiet(44));
    await preview.getByLabel("Row 46 phone").press("Tab");
    await preview.getByLabel("Row 48 appointment").fill("Tue 10 AM");
    await preview.getByLabel("Row 48 appointment").press("Tab");
    await preview.getByLabel("Row 49 time zone").fill(noon);
    await preview.getByLabel("Row 49 time zone").press("Tab");
    await expect(preview.getByRole("status")).toContainText("51 ready, 1 repeated numbers merged.");
    await preview.getByRole("button", { name: "Add 51 recipients" }).click();
    await expect(page.getByText("51 recipients added.")).toBeVisible();
    await expect(count(page, "queued")).toHaveText("51");

    await page.getByRole("button", { name: "Start campaign" }).click();
    await expect(page.getByRole("heading", { name: /· running/ })).toBeVisible();
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("heading", { name: /· paused/ })).toBeVisible();

    // While paused, the customer opts out on a dispatcher's call.
    const dispatcher = await browser.newContext(asRole("dispatcher"));
    await optOutByDispatcher(await dispatcher.newPage());
    await dispatcher.close();

    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByRole("heading", { name: /· running/ })).toBeVisible();
    // Everyone in hours is reached; the opt-out is refused at dial time; the night owls wait.
    await expect
      .poll(async () => Number(await count(page, "done").textContent()) + Number(await count(page, "failed").textContent()), {
        timeout: 120_000,
      })
      .toBe(47);
    await expect(count(page, "refused")).toHaveText("1");
    await expect(count(page, "waiting")).toHaveText("3");
    await page.getByLabel("Only refused, not reached or waiting").check();
    const optOut = page.locator('[data-row-number="53"]');
    await expect(optOut).toContainText("Refused");
    await expect(optOut).toContainText(/do-not-call/);
    await expect(page.locator('[data-row-number="50"]')).toContainText(/Waiting/);
    // The refusal was kept as a blocked call, which the row links to.
    await expect(optOut.getByRole("link", { name: /View the blocked call/ })).toHaveAttribute("href", /^\/calls\/[0-9a-f-]{36}$/);

    // Canceled: the rows still waiting close with the reason; no row is left on a call.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Cancel campaign" }).click();
    await expect(page.getByRole("heading", { name: /· canceled/ })).toBeVisible();
    await expect(count(page, "canceled")).toHaveText("3");
    await expect(count(page, "calling")).toHaveText("0");
    await page.getByLabel("Only refused, not reached or waiting").uncheck();
    await expect(page.locator('[data-row-number="50"]')).toContainText("Not dialled: the campaign was canceled");
    await page.screenshot({ path: "test-results/campaign-after-cancel.png", fullPage: true });

    // The board filters by campaign; the results are a CSV.
    await page.getByRole("link", { name: "Calls on the board" }).click();
    await expect(page.getByLabel("Campaign")).toHaveValue(/[0-9a-f-]{36}/);
  });
});
