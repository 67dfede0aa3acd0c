import assert from "node:assert/strict";
import { test } from "node:test";
import { NAV_ITEMS, SETTINGS_ITEMS, activeHref, itemsFor } from "./nav-items";

test("each role's links: dispatchers get their own figures, managers the reports, admins the settings", () => {
  const labels = (role: "dispatcher" | "manager" | "admin") => itemsFor([...NAV_ITEMS, ...SETTINGS_ITEMS], role).map((i) => i.label);
  assert.deepEqual(labels("dispatcher"), [
    "Board",
    "Missed calls",
    "Callbacks",
    "Place call",
    "Calls",
    "Customers",
    "Appointments",
    "Payments",
    "My figures",
  ]);
  assert.deepEqual(labels("manager"), [
    "Board",
    "Missed calls",
    "Callbacks",
    "Place call",
    "Calls",
    "Customers",
    "Appointments",
    "Payments",
    "Attention",
    "Outcomes",
    "Campaigns",
  ]);
  assert.deepEqual(labels("admin"), [
    "Board",
    "Missed calls",
    "Callbacks",
    "Place call",
    "Calls",
    "Customers",
    "Appointments",
    "Payments",
    "Attention",
    "Outcomes",
    "Campaigns",
    "General",
    "People",
    "Assistants",
    "Workspace",
  ]);
});

test("the current page is the most specific link, and a call's detail page belongs to Calls", () => {
  assert.equal(activeHref("/calls/new", NAV_ITEMS), "/calls/new");
  assert.equal(activeHref("/calls/0b5c", NAV_ITEMS), "/calls");
  assert.equal(activeHref("/outcomes/mine", NAV_ITEMS), "/outcomes/mine");
  assert.equal(activeHref("/login", NAV_ITEMS), null);
  assert.equal(activeHref("/settings/people", SETTINGS_ITEMS), "/settings/people");
});
