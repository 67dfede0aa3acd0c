import { expect, test } from "@playwright/test";
import { asRole } from "./fixtures";

// The zone data is a file a library reads at run time; this runs against the production build,
// where a bundling mistake once made every number fall back to the workspace's zone.
// Zones read as their common names (lib/format/time.ts), never as IANA ids.
const CASES = [
  { customer: "Test Zone New York", zone: "Eastern Time" },
  { customer: "Test Zone Honolulu", zone: "Hawaii-Aleutian Standard Time" },
  { customer: "Test Zone Guam", zone: "Chamorro Standard Time" },
  { customer: "Test Zone San Juan", zone: "Atlantic Standard Time" },
];

test.describe("calling hours in the production build", () => {
  test.use(asRole("dispatcher"));

  for (const { customer, zone } of CASES) {
    test(`${customer}: the zone comes from the number, not the workspace`, async ({ page }) => {
      await page.goto("/calls/new");
      await page.getByRole("combobox", { name: "Customer" }).fill(customer);
      await page
        .getByRole("listbox")
        .getByRole("option", { name: new RegExp(customer) })
        .first()
        .click();
      await page.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
      const panel = page.getByRole("region", { name: "Compliance checks" });
      const hours = panel.getByRole("listitem").filter({ hasText: "Calling hours" });
      await expect(hours).toContainText(zone);
      await expect(hours).toContainText("from the phone number");
      await expect(hours).not.toContainText("Pacific Time");
      await expect(hours).not.toContainText("/");
    });
  }
});
