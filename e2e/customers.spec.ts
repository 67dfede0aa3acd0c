import { expect, test } from "@playwright/test";
import { asRole } from "./fixtures";

test.use(asRole("dispatcher"));

// A number of its own (646 is no seeded area code), so reruns and other specs never collide.
const line = String(100 + Math.floor(Math.random() * 100)).padStart(4, "0");
const typed = `646-555-${line}`;
const name = `Profile Journey ${line}`;

test("a customer is found by part of their number, read, edited and called from the profile", async ({ page }) => {
  // Seven page loads and three saves: more than the default budget on a loaded machine.
  test.setTimeout(150_000);
  await page.goto("/customers/new");
  const create = page.getByRole("form", { name: "New customer" });
  await create.getByLabel("Name", { exact: true }).fill(name);
  await create.getByLabel("Phone").fill(typed);
  await create.getByLabel("Address").fill("12 Elm St, Brooklyn NY");
  await create.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Find by a partial number typed the way people say it.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Name, phone or address").fill(`(646) 555-${line.slice(0, 3)}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/customers\?q=/);
  await page.getByRole("link", { name }).click();

  const profile = page.getByRole("main");
  await expect(profile.getByText(`(646) 555-${line}`)).toBeVisible();
  await expect(profile.getByText("(Eastern Time)")).toBeVisible();
  await page.getByRole("form", { name: "Add a note" }).getByLabel("Note").fill("Gate code 4321");
  await page.getByRole("button", { name: "Add note" }).click();
  const timeline = page.getByRole("list", { name: "Customer timeline" });
  await expect(timeline.getByRole("listitem").first()).toContainText("Gate code 4321");

  // Editing to a number another customer has is flagged, with a link to them.
  await page.getByRole("link", { name: "Edit customer" }).click();
  const edit = page.getByRole("form", { name: "Edit customer" });
  await edit.getByLabel("Phone").fill("(310) 555-0902");
  await edit.getByRole("button", { name: "Save customer" }).click();
  await expect(edit.getByRole("alert")).toContainText("Test Callback Request already has this number.");
  await expect(edit.getByRole("link", { name: "Open the existing customer" })).toHaveAttribute("href", /^\/customers\/[0-9a-f-]{36}$/);
  await edit.getByLabel("Phone").fill(typed);
  await edit.getByLabel("Address").fill("9 Pine Rd, Brooklyn NY");
  await edit.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(profile.getByText("9 Pine Rd, Brooklyn NY")).toBeVisible();

  await profile.getByRole("link", { name: "Place call" }).click();
  await expect(page).toHaveURL(/\/calls\/new\?customer=/);
  await expect(page.getByText(`Calling ${name}.`)).toBeVisible();
  await expect(page.getByLabel("Phone number")).toHaveValue(`(646) 555-${line}`);
  await expect(page.getByRole("form", { name: "Place call" }).getByText(name)).toBeVisible();
});
