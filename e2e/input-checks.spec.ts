import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

/** A datetime-local value `days` from now (UTC date; a day either side of any zone's today). */
function wallTime(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

async function openSlots(page: Page) {
  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill("Test Flaky");
  await page
    .getByRole("listbox")
    .getByRole("option", { name: /Test Flaky Provider/ })
    .first()
    .click();
  await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
  await page.getByRole("button", { name: "Offer appointment slots" }).click();
}

test.describe("the place-call form refuses what would make a wrong call", () => {
  test.use(asRole("dispatcher"));

  test("premium-rate, toll-free, foreign numbers and extensions get their reason on the field", async ({ page }) => {
    await openSlots(page);
    const phone = page.getByLabel("Phone number");
    const submit = page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" });
    const cases: [string, RegExp][] = [
      ["+1 900 555 0123", /premium-rate number/],
      ["(213) 976-1234", /976 numbers are pay-per-call/],
      ["1-800-555-0199", /toll-free number/],
      ["+44 20 7123 4567", /calls numbers in the US and Canada only; this one is in United Kingdom/],
      ["(310) 555-0503 ext. 12", /cannot dial extensions \(ext\. 12\)/],
    ];
    for (const [number, reason] of cases) {
      await phone.fill(number);
      await submit.click();
      await expect(page.getByText(reason)).toBeVisible();
      await expect(phone).toHaveAttribute("aria-invalid", "true");
    }
    await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toHaveCount(0);
  });

  test("slots in the past, too short, or shorter than the service are marked on their fields", async ({ page }) => {
    await openSlots(page);
    await page.getByLabel("Service duration (minutes)").fill("120");
    await page.getByRole("button", { name: "Add slot" }).click();
    await page.getByRole("button", { name: "Add slot" }).click();
    await page.getByRole("button", { name: "Add slot" }).click();
    const slot = (n: number) => page.getByRole("group", { name: `Slot ${n}` });
    await slot(1).getByLabel("Start").fill(wallTime(-2, "09:00"));
    await slot(1).getByLabel("End").fill(wallTime(-2, "11:00"));
    await slot(2).getByLabel("Start").fill(wallTime(3, "09:00"));
    await slot(2).getByLabel("End").fill(wallTime(3, "09:10"));
    await slot(3).getByLabel("Start").fill(wallTime(3, "13:00"));
    await slot(3).getByLabel("End").fill(wallTime(3, "14:00"));
    await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();

    await expect(slot(1).getByText("This time has passed: pick a later one")).toBeVisible();
    await expect(slot(1).getByLabel("Start")).toHaveAttribute("aria-invalid", "true");
    await expect(slot(2).getByText("A slot lasts at least 15 minutes")).toBeVisible();
    await expect(slot(3).getByText("Shorter than the 120-minute service")).toBeVisible();
    await page.screenshot({ path: `test-results/input-checks-${process.env.E2E_PORT ?? "3107"}.png`, fullPage: true });
  });
});
