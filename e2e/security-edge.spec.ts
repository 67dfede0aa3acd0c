import { expect, test, type APIResponse } from "@playwright/test";
import { asRole } from "./fixtures";
import { actionId } from "./server-action";

// Issue 9, against the production build: what lives in the framework (headers on every kind of
// response, the proxy's nonce, body limits before and around the proxy, the server action limit).

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("base-uri 'none'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBeTruthy();
  expect(headers["permissions-policy"], what).toMatch(/microphone=\(\).*camera=\(\).*geolocation=\(\)/);
  expect(headers["strict-transport-security"], what).toContain("max-age=");
  expect(headers["x-powered-by"], what).toBeUndefined();
}

function expectQuotable(response: { headers(): Record<string, string> }, what: string) {
  expect(response.headers()["x-request-id"], what).toMatch(/^[0-9a-f-]{36}$/);
}

test.describe("headers on every response", () => {
  test.use(asRole("dispatcher"));

  test("pages carry a per-request nonce that every script has, and the page runs", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const first = await page.goto("/board");
    const csp = first!.headers()["content-security-policy"];
    expectSecurityHeaders(first!.headers(), "/board");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    // Every script Next wrote into the page carries this request's nonce.
    const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const value of scripts) expect(value).toBe(nonce);
    // Hydrated and live under the policy: client navigation works, no violation reported.
    await page.getByRole("link", { name: "Calls", exact: true }).first().click();
    await expect(page).toHaveURL(/\/calls$/);
    const again = await page.request.get("/board");
    expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"])?.[1]).not.toBe(nonce);
    expect(violations).toEqual([]);
  });

  test("404 pages, API answers, errors, streams and static files", async ({ page, request }) => {
    const missing = await page.goto("/no-such-page");
    expect(missing!.status()).toBe(404);
    expectSecurityHeaders(missing!.headers(), "404 page");
    expectQuotable(missing!, "404 page");
    await expect(page.getByText(/Reference: [0-9a-f-]{36}/)).toBeVisible();

    const html = await (await request.get("/board")).text();
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(chunk).toBeTruthy();
    const responses: [string, APIResponse][] = [
      ["api json", await request.get("/api/health")],
      ["static file", await request.get(chunk!)],
      ["missing static file", await request.get("/_next/static/chunks/nope.js")],
      ["icon", await request.get("/icon.svg")],
      ["api 404", await request.get("/api/calls/00000000-0000-4000-8000-000000000000/recording")],
      ["unknown api path", await request.get("/api/nope")],
      ["webhook 401", await request.post("/api/webhooks/provider", { data: { hello: "world" } })],
    ];
    for (const [what, response] of responses) expectSecurityHeaders(response.headers(), what);
    for (const [what, response] of responses.filter(([, r]) => r.status() >= 400)) {
      expectQuotable(response, what);
    }
    const webhook = responses.find(([what]) => what === "webhook 401")![1];
    expect(webhook.status()).toBe(401);
    expect((await webhook.json()).request_id).toBe(webhook.headers()["x-request-id"]);

    // The live stream: headers arrive with the first bytes.
    const stream = await page.evaluate(async () => {
      const controller = new AbortController();
      const res = await fetch("/api/live/calls", { signal: controller.signal });
      const headers = Object.fromEntries(res.headers.entries());
      controller.abort();
      return { status: res.status, headers };
    });
    expect(stream.status).toBe(200);
    expect(stream.headers["content-type"]).toContain("text/event-stream");
    expectSecurityHeaders(stream.headers, "event stream");
  });

  test("a NUL character in a search or an export filter is a 400 naming the field", async ({ request }) => {
    const search = await request.get("/outcomes?range=30d&q=furn%00ace");
    expect(search.status()).toBe(400);
    expect((await search.json()).field).toBe("q");
    expectQuotable(search, "search");
    const exported = await request.get("/api/exports/calls?range=30d&status=completed%00");
    expect(exported.status()).toBe(400);
    expect((await exported.json()).field).toBe("status");
  });

  test("a request id the client made up is not echoed back (bodies skip the proxy that sets it)", async ({ request }) => {
    const forged = "<b>forged</b> request id";
    const webhook = await request.post("/api/webhooks/provider", { data: { hello: "world" }, headers: { "x-request-id": forged } });
    expect(webhook.status()).toBe(401);
    const id = webhook.headers()["x-request-id"];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await webhook.json()).request_id).toBe(id);
  });
});

test.describe("bounded bodies", () => {
  test("a webhook body over 256 KB is refused with 413, with or without Content-Length", async ({ request, baseURL }) => {
    const big = "a".repeat(300 * 1024);
    const declared = await request.post("/api/webhooks/provider", { data: big, headers: { "content-type": "application/json" } });
    expect(declared.status()).toBe(413);
    expectSecurityHeaders(declared.headers(), "413");
    expectQuotable(declared, "413");

    // Chunked, no Content-Length: the route counts what it reads and stops at the cap.
    const chunked = await fetch(`${baseURL}/api/webhooks/provider`, {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("b".repeat(64 * 1024)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  test("a server action body over the configured limit is refused, one under it runs", async ({ request }) => {
    // Any action will do: switching workspace takes one string, which carries the padding.
    const id = actionId("app/(dashboard)/actions.ts", "switchWorkspaceAction");
    const call = (size: number) =>
      request.post("/board", {
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        data: JSON.stringify([{ workspaceId: "q".repeat(size) }]),
      });
    const small = await call(100 * 1024);
    expect(small.status()).toBe(200);
    // Anonymous here: the wrapper answers, so the body was read and parsed.
    expect(await small.text()).toContain("Your session has ended");
    const large = await call(200 * 1024);
    expect(large.status()).toBeGreaterThanOrEqual(400);
    expect(await large.text()).not.toContain("Your session has ended");
  });
});

test.describe("sign-in throttle", () => {
  // Its own client address, so the limit it reaches does not touch the other tests' sign-ins.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });

  test("after ten attempts a minute from one address the form says to wait, and the auth route answers 429", async ({ page }) => {
    await page.goto("/login");
    const signIn = async (email: string) => {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("wrong-password");
      // One attempt at a time: wait for the action's answer before the next.
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      // React resets the form once the action settles; typing before that would be wiped.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    };
    for (let i = 0; i < 10; i++) {
      await signIn(`nobody-${i}@callboard.test`);
      await expect(page.locator("form").getByRole("alert")).toHaveText("That email and password do not match.");
    }
    await signIn("nobody-10@callboard.test");
    await expect(page.locator("form").getByRole("alert")).toHaveText(/Too many sign-in attempts\. Wait \d+ seconds?, then try again\./);

    // The same limit on next-auth's own endpoint, as an HTTP 429.
    const csrf = await (await page.request.get("/api/auth/csrf")).json();
    const direct = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: "nobody-11@callboard.test", password: "wrong-password" },
      maxRedirects: 0,
    });
    expect(direct.status()).toBe(429);
    expect(Number(direct.headers()["retry-after"])).toBeGreaterThan(0);
    expectQuotable(direct, "429");
  });
});
