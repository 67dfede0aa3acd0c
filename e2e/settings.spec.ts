import { expect, test } from "@playwright/test";
import { asRole } from "./fixtures";

test.use(asRole("admin"));

test("the do-not-call register lists opt-outs, takes notes, and offers no way to remove one", async ({ page }) => {
  await page.goto("/settings");
  const register = page.getByRole("region", { name: "Do-not-call register" });
  const entry = register.getByRole("listitem").filter({ hasText: "Test Do Not Call" });
  await expect(entry).toContainText("(310) 555-0299");
  const form = entry.getByRole("form", { name: "Add a note to (310) 555-0299" });
  await form.getByLabel("Add a note").fill("Confirmed by email on Dec 2");
  await form.getByRole("button", { name: "Add note" }).click();
  await expect(form.getByRole("status")).toHaveText("Note added");
  await page.reload();
  await expect(register.getByRole("listitem").filter({ hasText: "Test Do Not Call" })).toContainText(
    "Confirmed by email on Dec 2 — Alex Admin",
  );
  await expect(register.getByRole("button", { name: /remove|delete/i })).toHaveCount(0);
});
