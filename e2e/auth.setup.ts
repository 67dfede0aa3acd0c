import { expect, test as setup } from "@playwright/test";
import { DEMO, authFile } from "./fixtures";

for (const [role, email] of Object.entries(DEMO.users)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/board$/);
    await page.context().storageState({ path: authFile(role as keyof typeof DEMO.users) });
  });
}
