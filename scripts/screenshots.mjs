// Takes screenshots of the main pages for a visual check: node scripts/screenshots.mjs <base> <outdir>
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:3200";
const out = process.argv[3] ?? "/tmp/shots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const widths = (process.env.WIDTHS ?? "1280").split(",").map(Number);
for (const width of widths) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: process.env.SCHEME ?? "light" });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && console.log("console error:", m.text()));
  await page.goto(`${base}/login`);
  await page.screenshot({ path: `${out}/login-${width}.png` });
  await page.getByLabel("Email").fill("dispatcher@callboard.test");
  await page.getByLabel("Password").fill("callboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/(calls|board)$/);
  for (const path of (process.env.PAGES ?? "/board,/calls/new,/calls").split(",")) {
    await page.goto(`${base}${path}`);
    // Live pages hold an event stream open, so "networkidle" never comes.
    await page.waitForLoadState("load");
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${path.replace(/\//g, "_") || "root"}-${width}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
