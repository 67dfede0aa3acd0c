import { expect, test } from "@playwright/test";
import { asRole } from "./fixtures";
import { submitTestCall } from "./day-helpers";

// These flows make tokens, feed missed calls and place calls; the machine they run on is shared.
test.describe.configure({ timeout: 120_000 });

test.use(asRole("dispatcher"));

test("the result after placing a call links to the call's detail and to the board", async ({ page }) => {
  const { result, providerCallId } = await submitTestCall(page, "Test Reviewer", { reason: "Asked about the result panel" });

  await expect(result.getByRole("link", { name: "Board" })).toHaveAttribute("href", "/board");
  await result.getByRole("link", { name: "Open this call" }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  await expect(page.getByText(providerCallId, { exact: true })).toBeVisible();
});

test("a pasted search and Enter straight away pick that search's customer, never the previous one's", async ({ page }) => {
  await page.goto("/calls/new");
  const box = page.getByRole("combobox", { name: "Customer" });
  await box.fill("Test Reviewer");
  await expect(
    page
      .getByRole("listbox")
      .getByRole("option", { name: /Test Reviewer/ })
      .first(),
  ).toBeVisible();

  // A paste replaces the text at once; Enter follows before the new search could answer. The
  // picker waits for this text's answer and takes its first customer.
  await box.evaluate((input: HTMLInputElement) => input.select());
  await page.keyboard.insertText("Test Callback Request");
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("Test Callback Request");
  await expect(page.getByLabel("Phone number")).toHaveValue(/555.*0902/);
});
