import { expect, test } from "@playwright/test";
import { asRole } from "./fixtures";

// The customer combobox (Headless UI): a pasted number and an immediate Enter pick the customer
// for that number, never a customer from the search before it; arrows and Enter pick as listed.

test.use(asRole("dispatcher"));

test("pasting a number and pressing Enter at once picks that number's customer", async ({ page }) => {
  await page.goto("/calls/new");
  const box = page.getByRole("combobox", { name: "Customer" });
  await box.fill("Test Booking");
  // The previous search's list is on screen…
  await expect(page.getByRole("option", { name: /Test Booking/ }).first()).toBeVisible();
  // …then a number is pasted over it and Enter follows in the same moment.
  await box.selectText();
  await page.keyboard.insertText("(310) 555-0921");
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("Test Busy Line");
  await expect(page.getByLabel("Phone number")).toHaveValue(/555.?0921/);
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
});

test("arrow keys and Enter pick the option they land on", async ({ page }) => {
  await page.goto("/calls/new");
  const box = page.getByRole("combobox", { name: "Customer" });
  await box.fill("Test Opt");
  await expect(page.getByRole("option", { name: /Test Opt Out/ })).toBeVisible();
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveValue("Test Opt Out");
});
