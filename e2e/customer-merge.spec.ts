import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

test.use(asRole("dispatcher"));

// Numbers of their own (917 is no seeded area code), so reruns and other specs never collide.
const line = String(1000 + Math.floor(Math.random() * 8000));
const keep = { name: `Merge Keeper ${line}`, phone: `917-555-${line}` };
const dupe = { name: `Merge Duplicate ${line}`, phone: `917-556-${line}` };

async function createCustomer(page: Page, c: { name: string; phone: string }) {
  await page.goto("/customers/new");
  const form = page.getByRole("form", { name: "New customer" });
  await form.getByLabel("Name", { exact: true }).fill(c.name);
  await form.getByLabel("Phone").fill(c.phone);
  await form.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: c.name })).toBeVisible();
  return page.url();
}

test("two records of one customer are merged: the history joins the kept one and the other's link redirects", async ({ page }) => {
  test.setTimeout(150_000);
  const keepUrl = await createCustomer(page, keep);
  const dupeUrl = await createCustomer(page, dupe);
  await page.getByRole("form", { name: "Add a note" }).getByLabel("Note").fill(`Note on the duplicate ${line}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("list", { name: "Customer timeline" })).toContainText(`Note on the duplicate ${line}`);

  await page.goto(keepUrl);
  await page.getByRole("link", { name: "Merge with another" }).click();
  await page.getByLabel("Other record: name or phone").fill(dupe.name);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `Compare with ${dupe.name}` }).click();
  await expect(page.getByRole("region", { name: "The other record" })).toContainText("1 notes");

  const form = page.getByRole("form", { name: "Merge customers" });
  await expect(form.getByRole("radio", { name: new RegExp(keep.name) })).toBeChecked();
  await form.getByRole("button", { name: "Merge customers" }).click();
  await expect(page).toHaveURL(keepUrl);
  await expect(page.getByRole("list", { name: "Customer timeline" })).toContainText(`Note on the duplicate ${line}`);

  // The merged record's old link opens the kept one, and the list shows only the kept one.
  await page.goto(dupeUrl);
  await expect(page).toHaveURL(keepUrl);
  await expect(page.getByRole("heading", { level: 1, name: keep.name })).toBeVisible();
  await page.goto(`/customers?q=${line}`);
  await expect(page.getByRole("link", { name: keep.name })).toBeVisible();
  await expect(page.getByRole("link", { name: dupe.name })).toHaveCount(0);
});
