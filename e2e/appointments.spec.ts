import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "./fixtures";

test.use(asRole("admin"));
test.describe.configure({ mode: "serial" });

// A day of its own, far ahead, so reruns on one database and other specs never share its slots.
const year = 2031 + Math.floor(Math.random() * 20);
const day = `${year}-01-15`;

async function book(page: Page, customer: string, start: string, notes: string) {
  await page.goto("/appointments");
  await page.getByRole("link", { name: "New appointment" }).click();
  await page.getByLabel("Customer: name or phone").fill(customer);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `Book for ${customer}` }).click();
  const form = page.getByRole("form", { name: "New appointment" });
  await form.getByLabel("Starts").fill(start);
  await form.getByLabel("Length (minutes)").fill("60");
  await form.getByLabel("Notes").fill(notes);
  await form.getByRole("button", { name: "Save appointment" }).click();
  return form;
}

test("appointments by hand: capacity, over-capacity on confirmation, editing, day and week, CSV and iCalendar", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/appointments");
  const capacity = page.getByRole("form", { name: "Capacity" });
  await capacity.getByLabel("Jobs per slot").fill("1");
  await capacity.getByRole("button", { name: "Save capacity" }).click();
  await expect(capacity.getByRole("status")).toHaveText("Capacity saved.");

  await book(page, "Test Zone New York", `${day}T10:00`, "Furnace; check filter, then thermostat");
  await expect(page).toHaveURL(new RegExp(`/appointments\\?date=${day}`));
  const list = page.getByRole("list", { name: /Appointments on Wednesday, January 15|Appointments on/ });
  await expect(list).toContainText("Test Zone New York");
  await expect(list).toContainText("Entered by hand");
  await expect(list).toContainText("Booked");

  // The same hour for another customer: the slot is full; said once, then booked anyway and marked.
  const second = await book(page, "Test Zone Honolulu", `${day}T10:30`, "Second crew needed");
  await expect(second.getByRole("alert")).toContainText("That slot is full: 1 of 1 jobs are booked.");
  await second.getByRole("button", { name: "Book anyway" }).click();
  await expect(page).toHaveURL(new RegExp(`/appointments\\?date=${day}`));
  const honolulu = page.getByRole("listitem").filter({ hasText: "Test Zone Honolulu" });
  await expect(honolulu).toContainText("Over capacity");

  // Edit: confirmed, with a note.
  await page.getByRole("link", { name: /Edit Test Zone New York's appointment/ }).click();
  const edit = page.getByRole("form", { name: "Edit appointment" });
  await edit.getByLabel("Status").selectOption("confirmed");
  await edit.getByLabel("Notes").fill("Gate code 4321");
  await edit.getByRole("button", { name: "Save appointment" }).click();
  const newYork = page.getByRole("listitem").filter({ hasText: "Test Zone New York" });
  await expect(newYork).toContainText("Confirmed");
  await expect(newYork).toContainText("Gate code 4321");

  await page.getByRole("navigation", { name: "Days" }).getByRole("link", { name: "Week" }).click();
  await expect(page).toHaveURL(/view=week/);
  await expect(page.getByRole("listitem").filter({ hasText: "Test Zone Honolulu" })).toBeVisible();

  const ics = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export iCalendar" }).click();
  const text = readFileSync(await (await ics).path(), "utf8");
  expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(text).toContain("SUMMARY:Test Zone New York (Confirmed)\r\n");
  expect(text).toContain("STATUS:CONFIRMED\r\n");
  expect(text).toContain("Gate code 4321");

  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const rows = readFileSync(await (await csv).path(), "utf8").split("\r\n");
  expect(rows[0]).toMatch(/^Starts \(.+\),Ends,Customer,Phone,Status,Notes,Over capacity,Booked on call,Appointment ID$/);
  expect(rows.some((r) => r.includes("Test Zone Honolulu") && r.includes(",yes,entered by hand,"))).toBe(true);

  // Leave no limit behind for the other specs.
  await page.goto("/appointments");
  await capacity.getByLabel("Jobs per slot").fill("");
  await capacity.getByRole("button", { name: "Save capacity" }).click();
  await expect(capacity.getByRole("status")).toHaveText("Capacity saved.");
});
