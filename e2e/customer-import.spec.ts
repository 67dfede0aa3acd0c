import { expect, test } from "@playwright/test";
import { asRole } from "./fixtures";

test.use(asRole("manager"));

// Numbers of their own (718 is no seeded area code), so reruns and other specs never collide.
const line = String(1000 + Math.floor(Math.random() * 8000));
const csv = [
  "Name,Phone,Email,Address",
  `Import Good ${line},(718) 555-${line},good@example.com,1 Main St`,
  `Import Bad Phone ${line},555-12,,`,
  `,718-556-${line},,`,
  `Import Twice ${line},+1 718 555 ${line},,`,
  `Test Callback Request,(310) 555-0902,,`,
].join("\r\n");

test("a CSV with bad rows is previewed row by row, imported without them, and the customers export as CSV", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/customers");
  await page.getByRole("link", { name: "Import CSV" }).click();
  const form = page.getByRole("form", { name: "Import customers" });
  await form.getByLabel("CSV file").setInputFiles({ name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await form.getByRole("button", { name: "Preview" }).click();

  const rows = page.getByRole("table", { name: "Rows of the file" }).getByRole("row");
  await expect(rows.filter({ hasText: `Import Good ${line}` })).toContainText("Will be added");
  await expect(rows.filter({ has: page.getByRole("cell", { name: "3", exact: true }) })).toContainText(
    "“555-12” is not a valid phone number",
  );
  await expect(rows.filter({ has: page.getByRole("cell", { name: "4", exact: true }) })).toContainText("Name is missing");
  await expect(rows.filter({ has: page.getByRole("cell", { name: "5", exact: true }) })).toContainText("Same phone number as row 2");
  await expect(rows.filter({ hasText: "Test Callback Request" })).toContainText("Already a customer");

  await page.getByRole("button", { name: "Import 1 customers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported: 1 added, 0 updated, 1 skipped, 3 rows with errors left out.",
  );

  await page.goto(`/customers?q=${line}`);
  await expect(page.getByRole("link", { name: `Import Good ${line}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Import Twice ${line}` })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text.split("\r\n")[0]).toBe("name,preferred name,phone,email,address,do not call,verified,id");
  expect(text).toContain(`Import Good ${line},,(718) 555-${line},good@example.com,1 Main St,no,yes,`);
});
