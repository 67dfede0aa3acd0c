import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sidewaysScroll } from "./day-helpers";
import { asRole } from "./fixtures";

test.use(asRole("admin"));

// The pages of issue 12 at 1440 and 768 px, light and dark: no sideways scroll, no axe violations;
// screenshots are kept in the test output for a person to look at.
const PAGES = [
  { path: "/appointments?view=week", name: "appointments-week" },
  { path: "/appointments/new?q=Test%20Zone", name: "appointment-new" },
  { path: "/payments", name: "payments" },
  { path: "/customers/import", name: "customer-import" },
];

for (const { path, name } of PAGES) {
  for (const width of [1440, 768]) {
    test(`${name} at ${width} px reads in light and dark`, async ({ page }, info) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await sidewaysScroll(page)).toEqual({ overflow: 0, scrolled: 0 });
        // The page's own content; the shared header is the page sweep's (issue 11).
        const axe = await new AxeBuilder({ page }).include("main").analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        await page.screenshot({ path: info.outputPath(`${name}-${width}-${scheme}.png`), fullPage: true });
      }
    });
  }
}
