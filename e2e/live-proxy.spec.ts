import http from "node:http";
import { spawn } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { createDatabase, instancePort, SERVER_URL, startInstance, waitUntilServing } from "./processes/instances";

// The deployment the README describes for many boards: a reverse proxy sends /api/live/ and the
// provider's webhooks to `npm run live`, everything else to `next start`, on one PostgreSQL. A
// dispatcher signs in through the proxy; their board's stream and the simulator's webhooks go to
// the live server, and a call placed in another tab reaches the board there, to its end.

const TOKEN = "metrics-token-for-e2e-proxy-0123456789";
const SECRET = "e2e-only-secret-not-for-production-0123456789";

/** The proxy: a few lines of node:http, streaming both ways, as nginx's proxy_pass with buffering off. */
function startProxy(port: number, nextPort: number, livePort: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const target = path.startsWith("/api/live/") || path === "/api/webhooks/provider" ? livePort : nextPort;
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: target,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
    res.on("close", () => upstream.destroy());
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

function startLiveServer(port: number, databaseUrl: string, appUrl: string) {
  const proc = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/live-server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: SECRET,
      APP_URL: appUrl,
      PROVIDER_API_URL: "",
      SIMULATOR: "on",
      LIVE_PORT: String(port),
      LIVE_HOST: "127.0.0.1",
      METRICS_TOKEN: TOKEN,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout?.on("data", (c) => (log += c));
  proc.stderr?.on("data", (c) => (log += c));
  return { proc, output: () => log };
}

async function metric(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  return [...text.matchAll(new RegExp(`^${name}(\\{[^}]*\\})? (\\d+(?:\\.\\d+)?)$`, "gm"))].reduce((sum, m) => sum + Number(m[2]), 0);
}

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill("dispatcher@callboard.test");
  await page.getByLabel("Password").fill("callboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/board$/);
}

test.describe("behind a reverse proxy, with the live server (PostgreSQL)", () => {
  test.skip(!SERVER_URL, "needs TEST_DATABASE_URL");
  test.setTimeout(180_000);

  test("the board's stream and the provider's webhooks go to the live server, and the board follows a call to its end", async ({
    browser,
  }) => {
    const [nextPort, livePort, proxyPort] = [instancePort(6), instancePort(7), instancePort(8)];
    const base = `http://127.0.0.1:${proxyPort}`;
    const database = await createDatabase();
    // The app knows itself by the proxy's address: sign-in, webhook and simulator URLs point there.
    const app = startInstance({
      port: nextPort,
      databaseUrl: database.url,
      env: { APP_URL: base, AUTH_URL: base, AUTH_SECRET: SECRET, DEMO_SEED: "1", METRICS_TOKEN: TOKEN },
    });
    let live: ReturnType<typeof startLiveServer> | null = null;
    let proxy: http.Server | null = null;
    try {
      await waitUntilServing(app, "/api/ready");
      // After the app: it migrates the database the live server reads.
      live = startLiveServer(livePort, database.url, base);
      const liveBase = `http://127.0.0.1:${livePort}`;
      await expect
        .poll(async () => (await fetch(`${liveBase}/healthz`).catch(() => null))?.status ?? live!.output(), { timeout: 60_000 })
        .toBe(200);
      proxy = await startProxy(proxyPort, nextPort, livePort);

      const context = await browser.newContext();
      const board = await context.newPage();
      await signIn(board, base);
      await expect(board.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
      await board.evaluate(() => document.documentElement.setAttribute("data-proxy-test", "same-document"));
      // The board's stream is the live server's, not Next's.
      expect(((await (await fetch(`${liveBase}/healthz`)).json()) as { streams: number }).streams).toBeGreaterThan(0);

      const form = await context.newPage();
      await form.goto(`${base}/calls/new`);
      await form.getByRole("combobox", { name: "Customer" }).fill("Test Escalation");
      await form
        .getByRole("listbox")
        .getByRole("option", { name: /Test Escalation/ })
        .first()
        .click();
      await form.getByLabel("Call purpose").selectOption({ label: "Follow up after a visit" });
      await form.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
      await expect(form.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call placed");

      // The simulator's webhooks reach the live server through the proxy, and the board follows.
      const card = board.getByRole("region", { name: "Completed", exact: true }).getByRole("link", { name: /Test Escalation/ });
      await expect(card).toHaveCount(1, { timeout: 60_000 });
      await expect(board.locator("html")).toHaveAttribute("data-proxy-test", "same-document");
      expect(await metric(liveBase, "callboard_webhooks_total")).toBeGreaterThan(0);
      expect(await metric(`http://127.0.0.1:${nextPort}`, "callboard_webhooks_total")).toBe(0);
      await context.close();
    } finally {
      proxy?.closeAllConnections();
      await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
      live?.proc.kill("SIGTERM");
      await app.stop();
      await database.drop();
    }
  });
});
