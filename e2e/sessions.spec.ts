import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { DEMO, authFile } from "./fixtures";
import { actionId, invokeAction } from "./server-action";

// Each test signs in afresh: signing out ends that one session, never the saved ones other specs use.
async function signIn(context: BrowserContext, email: string) {
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/board$/);
  return page;
}

// Sign out lives in the account menu, behind the button with the person's initials.
async function signOut(page: Page) {
  await page.getByRole("button", { name: /^Account: / }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
}

const cookieHeader = async (context: BrowserContext) => (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

test("after signing out, the old session cookie opens nothing and runs no action", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await signIn(context, DEMO.users.dispatcher2);
  const saved = await context.cookies();
  const cookie = await cookieHeader(context);
  const switchWorkspace = actionId("app/(dashboard)/actions.ts", "switchWorkspaceAction");
  const before = await invokeAction(baseURL!, { id: switchWorkspace, at: "/board", args: [{ workspaceId: "not-a-uuid" }], cookie });
  expect(before.text, "signed in, the action reaches its input check").toContain("Check the highlighted fields.");

  await signOut(page);
  await expect(page).toHaveURL(/\/login/);

  // Replay the cookie the browser held before signing out, in a fresh browser.
  const replay = await browser.newContext();
  await replay.addCookies(saved);
  const again = await replay.newPage();
  await again.goto("/board");
  await expect(again).toHaveURL(/\/login/);
  await expect(again.getByRole("heading", { name: "Sign in to your workspace" })).toBeVisible();
  expect((await again.request.get("/api/live/calls")).status()).toBe(401);
  const after = await invokeAction(baseURL!, { id: switchWorkspace, at: "/board", args: [{ workspaceId: "not-a-uuid" }], cookie });
  expect(after.text).toContain("Your session has ended. Sign in again.");
  expect(after.text).not.toContain("Check the highlighted fields.");
  await context.close();
  await replay.close();
});

test("an open live stream ends once the session is signed out elsewhere", async ({ browser, baseURL }) => {
  // Streams re-check their session every 30 s (STREAM_RECHECK_MS): allow one period and slack.
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await signIn(context, DEMO.users.manager);
  const cookie = await cookieHeader(context);
  // The stream, held open outside the browser with the same cookie.
  const stream = await fetch(new URL("/api/live/calls", baseURL), { headers: { Cookie: cookie } });
  expect(stream.status).toBe(200);
  const reader = stream.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const readUntil = async (pattern: RegExp) => {
    while (!pattern.test(text)) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  };
  await readUntil(/event: ready/);

  await signOut(page);
  await expect(page).toHaveURL(/\/login/);
  await readUntil(/event: signed_out/);
  expect(text).toContain("event: signed_out");
  expect((await reader.read()).done, "the server closed the stream").toBe(true);
  await context.close();
});

test("a person taken out of the workspace is refused on their next click, and their open stream ends", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const email = `leaver-${Date.now()}@callboard.test`;
  const admin = await browser.newContext({ storageState: authFile("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/settings/people");
  const form = adminPage.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Dispatcher" });
  await form.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await adminPage
    .getByRole("region", { name: `Invitation for ${email}` })
    .getByLabel("One-time link")
    .textContent())!.trim();

  const leaver = await browser.newContext();
  const page = await leaver.newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill("Lee Leaver");
  await page.getByLabel("Password", { exact: true }).fill("copper-kettle-harbor-lantern");
  await page.getByLabel("Repeat the password").fill("copper-kettle-harbor-lantern");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/board$/);
  const stream = await fetch(new URL("/api/live/calls", baseURL), { headers: { Cookie: await cookieHeader(leaver) } });
  expect(stream.status).toBe(200);

  await adminPage.reload();
  const row = adminPage.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Remove Lee Leaver" }).click();
  await row.getByRole("button", { name: "Remove from workspace" }).click();
  await expect(adminPage.getByRole("row").filter({ hasText: email })).toHaveCount(0);

  await page.getByRole("link", { name: "Calls", exact: true }).first().click();
  await expect(page).toHaveURL(/\/forbidden\?reason=no_membership/);
  // The stream re-checks every 30 s and ends (a removed member gets the same end as a signed-out one).
  const reader = stream.body!.getReader();
  let text = "";
  while (!/event: signed_out/.test(text)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  expect(text).toContain("event: signed_out");
  await admin.close();
  await leaver.close();
});
