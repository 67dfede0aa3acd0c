import { expect, test } from "@playwright/test";
import { placeTestCall as placeCall } from "./day-helpers";
import { asRole } from "./fixtures";

const CUSTOMER = "Test Reviewer";
// The simulator ends any call to a number ending 0906 with information_provided.
const INFORMATION_NUMBER = "(415) 555-0906";
const REASON = "At the end the customer asked to be called back about a tune-up";

test.describe("manager", () => {
  test.use(asRole("manager"));

  test("reclassifies a call, which makes its callback task, and marks it reviewed, all audited", async ({ page }) => {
    test.setTimeout(120_000);
    const callId = await placeCall(page, CUSTOMER, INFORMATION_NUMBER);
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(summary).toContainText("Information provided", { timeout: 45_000 });
    const review = page.getByRole("region", { name: "Review", exact: true });
    const trail = review.getByRole("list", { name: "Audit trail" });

    await test.step("reclassify to callback_requested with a reason", async () => {
      await review.getByText("Reclassify outcome").click();
      const form = review.getByRole("form", { name: "Reclassify outcome" });
      await form.getByRole("button", { name: "Reclassify" }).click();
      await expect(form.getByText("Say why the outcome is wrong")).toBeVisible();
      await form.getByLabel("New outcome").selectOption({ label: "Callback requested" });
      // A week ahead: a callback time must lie ahead and within a year.
      await form.getByLabel("Call back at").fill(`${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)}T10:30`);
      await form.getByLabel("Outcome notes").fill("Call back about a tune-up");
      await form.getByLabel("Reason").fill(REASON);
      await form.getByRole("button", { name: "Reclassify" }).click();
      await expect(review.getByRole("status")).toContainText("Outcome changed to Callback requested");
    });

    await test.step("the new outcome, the AI's original and the audit entry show", async () => {
      await expect(summary).toContainText("Callback requested");
      await expect(review.getByRole("group", { name: "Original AI outcome" })).toContainText("Information provided");
      await expect(trail).toContainText("Outcome reclassified");
      await expect(trail).toContainText("Morgan Manager");
      await expect(trail).toContainText("Information provided → Callback requested");
      await expect(trail).toContainText(REASON);
    });

    await test.step("mark reviewed with a rating and a note", async () => {
      await review.getByLabel("Mark reviewed").check();
      await review.getByRole("radiogroup", { name: "Rating" }).getByRole("radio", { name: "4 of 5" }).check();
      await review.getByLabel("Review note").fill("Missed the callback request at the end.");
      await review.getByRole("button", { name: "Save review" }).click();
      await expect(review.getByRole("status")).toContainText("Review saved");
      await expect(review).toContainText("Reviewed by Morgan Manager");
      await expect(trail).toContainText("Rating: none → 4 of 5");
    });

    await test.step("the callback task is on the Callbacks page", async () => {
      await page.goto("/callbacks");
      const task = page
        .getByRole("table", { name: /^Open callback requests/ })
        .getByRole("row")
        .filter({ has: page.locator(`a[href="/calls/${callId}"]`) });
      await expect(task).toHaveCount(1);
      await expect(task).toContainText(CUSTOMER);
      await expect(task).toContainText("Call back about a tune-up");
      await expect(task).toContainText("10:30 AM");
    });
  });

  test("an escalation reaches the attention list live and leaves it when resolved with a note", async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto("/attention");
    const escalations = page
      .getByRole("list", { name: /^Escalations/ })
      .getByRole("listitem")
      .filter({ hasText: "Test Attention" });
    await expect(page.getByRole("heading", { level: 1, name: /^Attention/ })).toBeVisible();
    const before = await escalations.count();

    await placeCall(await context.newPage(), "Test Attention");
    await expect(escalations).toHaveCount(before + 1, { timeout: 45_000 });

    const item = escalations.last();
    await item.getByRole("button", { name: "Resolve" }).click();
    await item.getByRole("button", { name: "Mark resolved" }).click();
    await expect(item.getByText("Say what was done")).toBeVisible();
    await item.getByLabel("Resolution note").fill("Called the customer; visit rebooked");
    await item.getByRole("button", { name: "Mark resolved" }).click();
    await expect(escalations).toHaveCount(before);
  });
});

test.describe("dispatcher", () => {
  test.use(asRole("dispatcher"));

  test("sees no review panel, no Attention link, and gets the forbidden page at /attention", async ({ page }) => {
    await placeCall(page, CUSTOMER, INFORMATION_NUMBER);
    await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Review", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Reclassify" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Attention" })).toHaveCount(0);

    await page.goto("/attention");
    await expect(page).toHaveURL(/\/forbidden/);
    await expect(page.getByRole("heading", { name: "You can’t open this page" })).toBeVisible();
  });
});
