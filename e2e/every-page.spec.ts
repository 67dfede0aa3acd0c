import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { asRole } from "./fixtures";
import { PAGES, ROLES, placeTestCall, sidewaysScroll } from "./day-helpers";

// Every page, per role: it never scrolls sideways at 768 px, axe finds nothing serious or critical
// in light and dark mode, and screenshots at 1440 and 768 px are kept in the test artifacts.

const NARROW = { width: 768, height: 1000 };
const WIDE = { width: 1440, height: 900 };

async function serious(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`).join(" | ")}`);
}

async function settle(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Live lists connect and timers tick after hydration: wait for the network to rest.
  await page.waitForLoadState("networkidle").catch(() => undefined);
}

async function sweep(page: Page, paths: string[], label: string, info: TestInfo) {
  const problems: string[] = [];
  for (const path of paths) {
    const slug = `${label}${path.replace(/\/[0-9a-f-]{36}$/, "/detail").replaceAll("/", "-")}`;
    await page.setViewportSize(WIDE);
    await page.emulateMedia({ colorScheme: "light" });
    await settle(page, path);
    await page.screenshot({ path: info.outputPath(`${slug}-1440.png`), fullPage: true });

    await page.setViewportSize(NARROW);
    await settle(page, path);
    await page.screenshot({ path: info.outputPath(`${slug}-768.png`), fullPage: true });
    const scroll = await sidewaysScroll(page);
    if (scroll.overflow > 0 || scroll.scrolled > 0) problems.push(`${path} at 768 px: ${JSON.stringify(scroll)}`);
    for (const finding of await serious(page)) problems.push(`${path} light: ${finding}`);

    await page.emulateMedia({ colorScheme: "dark" });
    await settle(page, path);
    for (const finding of await serious(page)) problems.push(`${path} dark: ${finding}`);
  }
  expect(problems, problems.join("\n")).toEqual([]);
}

let callId = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext(asRole("manager"));
  const page = await context.newPage();
  // 0906 ends with information_provided, so the call has a summary and a review panel.
  callId = await placeTestCall(page, "Test Reviewer", "(310) 555-0906");
  await expect(page.getByRole("region", { name: "Summary" })).toContainText("Information provided", { timeout: 45_000 });
  // A rating once made /outcomes open scrolled sideways at 768 px.
  const review = page.getByRole("region", { name: "Review", exact: true });
  await review.getByLabel("Mark reviewed").check();
  await review.getByRole("radiogroup", { name: "Rating" }).getByRole("radio", { name: "4 of 5" }).check();
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByRole("status")).toContainText("Review saved");
  await context.close();
});

for (const role of ROLES) {
  test.describe(role, () => {
    test.use(asRole(role));
    test(`every page fits 768 px and passes axe in light and dark`, async ({ page }, info) => {
      test.setTimeout(240_000);
      await sweep(page, [...PAGES[role], `/calls/${callId}`], role, info);
    });
  });
}

test("the sign-in page fits 768 px and passes axe in light and dark", async ({ page }, info) => {
  await sweep(page, ["/login"], "anonymous", info);
});
