import { expect, test, type Page, type Request } from "@playwright/test";
import { asRole } from "./fixtures";
import { ROLES, createIngestToken, feedMissedCall, placeTestCall, sidewaysScroll, type Role } from "./day-helpers";

// These flows make tokens, feed missed calls and place calls; the machine they run on is shared.
test.describe.configure({ timeout: 120_000 });

// The nav always fits: at each width, a role's destinations are either in the bar or in "More"
// (admin pages in a Settings menu or section), the header never overflows, and counts stay live.

const WIDTHS = [1280, 1024, 768] as const;
type Width = (typeof WIDTHS)[number];

// Appointments and Payments sit in the bar from 1536 px (2xl); at the widths tested they are in
// "More", and so is the admin's Settings section (the Settings menu shows in the bar from 1536 px).
const DESTINATIONS: Record<Role, { always: string[]; lg: string[]; xl: string[]; x2l: string[]; settings: string[] }> = {
  dispatcher: {
    always: ["Board", "Missed calls", "Callbacks"],
    lg: ["Place call", "Calls"],
    xl: ["Customers", "My figures"],
    x2l: ["Appointments", "Payments"],
    settings: [],
  },
  manager: {
    always: ["Board", "Missed calls", "Callbacks"],
    lg: ["Place call", "Calls"],
    xl: ["Customers", "Attention", "Outcomes"],
    x2l: ["Appointments", "Payments", "Campaigns"],
    settings: [],
  },
  admin: {
    always: ["Board", "Missed calls", "Callbacks"],
    lg: ["Place call", "Calls"],
    xl: ["Customers", "Attention", "Outcomes"],
    x2l: ["Appointments", "Payments", "Campaigns"],
    settings: ["General", "People", "Assistants", "Workspace"],
  },
};

function expected(role: Role, width: Width) {
  const d = DESTINATIONS[role];
  const bar = width >= 1280 ? [...d.always, ...d.lg, ...d.xl] : width >= 1024 ? [...d.always, ...d.lg] : d.always;
  const more =
    width >= 1280
      ? [...d.x2l, ...d.settings]
      : width >= 1024
        ? [...d.xl, ...d.x2l, ...d.settings]
        : [...d.lg, ...d.xl, ...d.x2l, ...d.settings];
  return { bar, more };
}

// "Attention" or, with a count, "Attention 3 open".
const startsWith = (label: string) => new RegExp(`^${label}( \\d|$)`);
const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

for (const role of ROLES) {
  test.describe(role, () => {
    test.use(asRole(role));
    for (const width of WIDTHS) {
      test(`the nav fits at ${width} px and reaches every page`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto("/board");
        const { bar, more } = expected(role, width);

        // A link's label is its first text; a count may follow it.
        const labels = await nav(page)
          .getByRole("link")
          .filter({ visible: true })
          .evaluateAll((links) => links.map((l) => l.querySelector("[data-nav-label]")?.firstChild?.textContent?.trim()));
        expect(labels).toEqual(bar);
        const overflow = await nav(page).evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const account = await page.getByRole("button", { name: /^Account:/ }).boundingBox();
        expect(account!.x + account!.width).toBeLessThanOrEqual(width);
        expect(await sidewaysScroll(page)).toEqual({ overflow: 0, scrolled: 0 });

        const moreButton = nav(page).getByRole("button", { name: "More" });
        if (more.length === 0) {
          await expect(moreButton).toBeHidden();
        } else {
          await moreButton.click();
          const items = page.getByRole("menu").getByRole("menuitem");
          await expect(items).toHaveCount(more.length);
          for (const label of more) await expect(page.getByRole("menuitem", { name: startsWith(label) })).toBeVisible();
          // The last one opens its page.
          await page.getByRole("menuitem", { name: startsWith(more.at(-1)!) }).click();
          await expect(page).not.toHaveURL(/\/board$/);
        }
        if (role === "admin" && width >= 1536) {
          await nav(page).getByRole("button", { name: "Settings" }).click();
          await page.getByRole("menuitem", { name: "People" }).click();
          await expect(page).toHaveURL(/\/settings\/people$/);
        }
      });
    }
  });
}

test.describe("live counts and alerts", () => {
  test.use(asRole("dispatcher"));

  test("a new missed call raises the nav's count and the tab title's, live, without a reload", async ({ page, browser }) => {
    const token = await createIngestToken(browser);
    await page.goto("/calls");
    const missedLink = nav(page).getByRole("link", { name: /^Missed calls/ });
    await expect(missedLink).toBeVisible();
    const before = Number(/(\d+) open/.exec((await missedLink.getAttribute("aria-label")) ?? "")?.[1] ?? 0);
    await page.evaluate(() => document.documentElement.setAttribute("data-same-document", "yes"));
    // Wait for the streams, else the event could land before the tab follows them.
    await page.waitForLoadState("networkidle").catch(() => undefined);

    await feedMissedCall(page.request, token, "Nav Count Caller");
    await expect(missedLink).toHaveAccessibleName(`Missed calls ${before + 1} open`);
    await expect(page).toHaveTitle(new RegExp(`^\\(\\d+\\) Calls · Callboard$`));
    await expect(page.locator("html")).toHaveAttribute("data-same-document", "yes");
  });

  test("sound alerts are off until the person turns them on, and stay on for them", async ({ page, browser }) => {
    const token = await createIngestToken(browser);
    await page.goto("/board");
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const html = page.locator("html");

    const first = await feedMissedCall(page.request, token, "Quiet Caller");
    await expect(nav(page).getByRole("link", { name: /^Missed calls \d+ open/ })).toBeVisible();
    await expect(html).not.toHaveAttribute("data-last-alert", `missed-${first}`);

    await page.getByRole("button", { name: /^Account:/ }).click();
    await page.getByRole("menuitem", { name: "Sound: off" }).click();
    await page.getByRole("button", { name: /^Account:/ }).click();
    await expect(page.getByRole("menuitem", { name: "Sound: on" })).toBeVisible();
    await page.keyboard.press("Escape");

    const second = await feedMissedCall(page.request, token, "Loud Caller");
    await expect(html).toHaveAttribute("data-last-alert", `missed-${second}`);

    await page.reload();
    await page.getByRole("button", { name: /^Account:/ }).click();
    await page.getByRole("menuitem", { name: "Sound: on" }).click();
    await page.getByRole("button", { name: /^Account:/ }).click();
    await expect(page.getByRole("menuitem", { name: "Sound: off" })).toBeVisible();
  });
});

test.describe("never waiting", () => {
  test.use(asRole("dispatcher"));

  test("a slow page shows its skeleton at once and the clicked link is pending", async ({ page }) => {
    // The link's prefetch brings the page's loading state; let it arrive first. The router asks for
    // the route's tree first, then for its segments, in several requests: wait until every one it
    // started has finished (on a busy machine the click could otherwise come before the skeleton).
    const started = new Set<Request>();
    const finished = new Set<Request>();
    page.on("request", (r) => {
      if (/\/callbacks\?/.test(r.url()) && r.headers()["next-router-prefetch"]) started.add(r);
    });
    page.on("requestfinished", (r) => started.has(r) && finished.add(r));
    page.on("requestfailed", (r) => started.has(r) && finished.add(r));
    await page.goto("/board");
    const settled = () => started.size >= 2 && finished.size === started.size;
    await expect.poll(settled, { timeout: 30_000 }).toBe(true);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the page's data, not the prefetch that brought its loading state.
    await page.route(/\/callbacks(\?|$)/, async (route) => {
      if (!route.request().headers()["next-router-prefetch"]) await held;
      await route.continue();
    });
    await nav(page)
      .getByRole("link", { name: /^Callbacks/ })
      .click();
    await expect(page.getByRole("status", { name: "Loading Callbacks" })).toBeVisible();
    release();
    await expect(page.getByRole("heading", { level: 1, name: /^Callbacks/ })).toBeVisible();
  });

  test("reads are GET requests, refused without a session", async ({ page, playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    for (const path of ["/api/customers/search?query=test", "/api/board/today", "/api/missed-calls", "/api/day/counts"]) {
      expect((await anonymous.get(path)).status(), path).toBe(401);
    }
    await anonymous.dispose();

    await page.goto("/calls/new");
    const search = page.waitForRequest((r) => r.url().includes("/api/customers/search") && r.method() === "GET");
    await page.getByRole("combobox", { name: "Customer" }).fill("Test Callback");
    await search;
    await expect(page.getByRole("option", { name: /Test Callback Request/ }).first()).toBeVisible();
  });

  test("the theme toggle chooses light, dark or the system's, and is remembered", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/board");
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.getByRole("button", { name: "Theme: System" }).click();
    await page.getByRole("menuitem", { name: /Dark/ }).click();
    await expect(html).toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(page.getByRole("button", { name: "Theme: Dark" })).toBeVisible();

    await page.getByRole("button", { name: "Theme: Dark" }).click();
    await page.getByRole("menuitem", { name: /System/ }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(html).toHaveClass(/\bdark\b/);
  });
});

test.describe("keyboard", () => {
  test.use(asRole("dispatcher"));

  test("? lists the shortcuts; n opens the call form, / searches calls, m goes to missed calls", async ({ page }) => {
    await page.goto("/board");
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toContainText("Place a new call");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();

    await page.keyboard.press("n");
    await expect(page).toHaveURL(/\/calls\/new$/);
    await page.getByRole("heading", { level: 1 }).first().click();
    await page.keyboard.press("/");
    await expect(page).toHaveURL(/\/calls$/);
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Name or phone number" })).toBeFocused();
    await page.keyboard.type("Test");
    await expect(page.getByRole("searchbox", { name: "Name or phone number" })).toHaveValue("Test");
    await page.locator("h1").click();
    await page.keyboard.press("m");
    await expect(page).toHaveURL(/\/missed/);
  });
});

test.describe("calls list", () => {
  test.use(asRole("manager"));

  test("searches by name and by part of a phone number in any format", async ({ page }) => {
    await placeTestCall(page, "Test Reviewer", "(415) 555-0906");
    await page.goto("/calls");
    const search = page.getByRole("search", { name: "Search calls" });
    await search.getByRole("searchbox", { name: "Name or phone number" }).fill("(415) 555-09");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/calls\?q=/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.filter({ hasText: "Test Reviewer" }).first()).toBeVisible();
    for (const text of await rows.filter({ has: page.getByRole("link") }).allInnerTexts()) expect(text).toMatch(/\(415\) 555-09\d\d/);
    await search.getByRole("searchbox", { name: "Name or phone number" }).fill("no such customer zz");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No calls match this search.")).toBeVisible();
  });
});
