import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

test.use(asRole("dispatcher"));

const CUSTOMER = "Test Booking";
const REASON = "Asked about the price of an AC tune-up";

/** Places a recorded call that the simulator completes with appointment_scheduled (…0901). */
async function placeBookedCall(page: Page) {
  await page.goto("/calls/new");
  await page.getByRole("combobox", { name: "Customer" }).fill(CUSTOMER);
  await page
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(CUSTOMER) })
    .first()
    .click();
  await page.getByLabel("Phone number").fill("(310) 555-0901");
  await page.getByLabel("Call purpose").selectOption({ label: "Return a customer's call" });
  await page.getByLabel("Callback reason").fill(REASON);
  await page.getByLabel("Assistant").selectOption({ label: "Callback Cathy" });
  await page.getByRole("button", { name: "Offer appointment slots" }).click();
  await page.getByRole("button", { name: "Suggest slots" }).click();
  await expect(page.getByRole("group", { name: "Slot 3" })).toBeVisible();
  await page.getByLabel("Record call").check();
  await page.getByRole("form", { name: "Place call" }).getByRole("button", { name: "Place call" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Provider call ID" })).toContainText("Call placed");
}

test("a call's detail page shows what was sent, moves on by itself, and plays the recording from a transcript line", async ({ page }) => {
  test.setTimeout(90_000);
  await placeBookedCall(page);

  await test.step("open the call from the calls list", async () => {
    await page.goto("/calls");
    const open = page.getByRole("row").filter({ hasText: CUSTOMER }).first().getByRole("link", { name: CUSTOMER });
    await expect(open).toBeVisible();
    await open.click();
    await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  });
  const callId = page.url().split("/").pop()!;

  await test.step("header, what was sent and status history", async () => {
    await expect(page.getByRole("heading", { level: 1, name: CUSTOMER })).toBeVisible();
    const header = page.getByRole("region", { name: CUSTOMER });
    await expect(header).toContainText("Return a customer's call");
    await expect(header).toContainText("Callback Cathy");
    await expect(header).toContainText("Dana Dispatcher");
    await expect(header).toContainText("(310) 555-0901");
    const sent = page.getByRole("region", { name: "What was sent" });
    await expect(sent).toContainText(REASON);
    await expect(sent.getByRole("list", { name: "Offered slots" }).getByRole("listitem")).toHaveCount(3);
    await expect(sent).toContainText("+13105550901");
    const history = page.getByRole("list", { name: "Status history" });
    await expect(history).toContainText("Call requested");
    await expect(history).toContainText("Accepted by provider");
  });

  await test.step("the outcome and transcript arrive without a reload", async () => {
    await page.evaluate(() => {
      (window as unknown as { __sameDocument?: boolean }).__sameDocument = true;
    });
    await expect(page.getByRole("region", { name: "Summary" })).toContainText("Appointment booked", { timeout: 45_000 });
    await expect(page.getByRole("list", { name: "Transcript" }).getByRole("button").nth(1)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("list", { name: "Status history" })).toContainText("Completed");
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  await test.step("the recording comes only through our own route", async () => {
    const audio = page.getByLabel("Call recording");
    await expect(audio).toHaveAttribute("src", `/api/calls/${callId}/recording`);
    const res = await page.request.get(`/api/calls/${callId}/recording`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("audio/wav");
    // The server-rendered page, flight data included, never names the provider's media URLs.
    const html = await (await page.request.get(`/calls/${callId}`)).text();
    expect(html).not.toContain("/v1/calls/");
    expect(html).not.toContain("recording_url");
  });

  await test.step("a transcript line seeks the recording and becomes the current line", async () => {
    const line = page.getByRole("list", { name: "Transcript" }).getByRole("button").nth(1);
    const start = Number(await line.getAttribute("data-start"));
    expect(start).toBeGreaterThan(0);
    await line.click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLAudioElement>("audio[aria-label='Call recording']")?.currentTime ?? -1))
      .toBeGreaterThanOrEqual(start);
    const position = await page.evaluate(
      () => document.querySelector<HTMLAudioElement>("audio[aria-label='Call recording']")?.currentTime ?? -1,
    );
    expect(position).toBeLessThan(start + 3);
    await expect(line).toHaveAttribute("aria-current", "true");
  });

  await test.step("Call again opens the form pre-filled", async () => {
    await page.getByRole("link", { name: "Call again" }).click();
    await expect(page).toHaveURL(new RegExp(`/calls/new\\?from=${callId}$`));
    await expect(page.getByText("Pre-filled from the call on")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Customer" })).toHaveValue(CUSTOMER);
    await expect(page.getByLabel("Phone number")).toHaveValue("(310) 555-0901");
    await expect(page.getByLabel("Call purpose")).toHaveValue("callback");
    await expect(page.getByLabel("Callback reason")).toHaveValue(REASON);
    await expect(page.getByLabel("Record call")).toBeChecked();
  });
});

test("an unknown or malformed call id shows a calm not-found page", async ({ page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    const res = await page.goto(`/calls/${id}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Call not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to calls" })).toHaveAttribute("href", "/calls");
  }
});
