import type { DayCounts } from "@/db/queries/day-counts";
import type { MemberRole } from "@/db/schema/enums";
import { can, hasRole } from "@/lib/auth/roles";

/**
 * From which width a link sits in the bar; narrower, it is in the "More" menu. The day's three
 * work lists always sit in the bar. Widths are Tailwind's: lg 1024 px, xl 1280 px, 2xl 1536 px.
 */
export type NavTier = "always" | "lg" | "xl" | "2xl";

export type NavItem = {
  href: string;
  label: string;
  tier: NavTier;
  roles?: readonly MemberRole[];
  /** The live count shown beside the label, and how a screen reader says it. */
  count?: { key: keyof Omit<DayCounts, "nextCallbackDueAt">; says: string };
};

export const NAV_ITEMS: NavItem[] = [
  { href: "/board", label: "Board", tier: "always" },
  { href: "/missed", label: "Missed calls", tier: "always", count: { key: "openMissed", says: "open" } },
  { href: "/callbacks", label: "Callbacks", tier: "always", count: { key: "callbacksDue", says: "due" } },
  { href: "/calls/new", label: "Place call", tier: "lg" },
  { href: "/calls", label: "Calls", tier: "lg" },
  { href: "/customers", label: "Customers", tier: "xl" },
  { href: "/appointments", label: "Appointments", tier: "2xl" },
  { href: "/payments", label: "Payments", tier: "2xl" },
  { href: "/attention", label: "Attention", tier: "xl", roles: can.reviewOutcomes, count: { key: "attention", says: "open" } },
  { href: "/outcomes", label: "Outcomes", tier: "xl", roles: can.reviewOutcomes },
  { href: "/campaigns", label: "Campaigns", tier: "2xl", roles: can.runCampaigns },
  { href: "/outcomes/mine", label: "My figures", tier: "xl", roles: ["dispatcher"] },
];

/** Admin pages, grouped under "Settings": one menu in the bar at xl, a section of "More" below it. */
export const SETTINGS_ITEMS: NavItem[] = [
  { href: "/settings", label: "General", tier: "xl", roles: can.manageSettings },
  { href: "/settings/people", label: "People", tier: "xl", roles: can.manageSettings },
  { href: "/settings/assistants", label: "Assistants", tier: "xl", roles: can.manageSettings },
  { href: "/settings/workspace", label: "Workspace", tier: "xl", roles: can.manageSettings },
];

export function itemsFor(items: NavItem[], role: MemberRole): NavItem[] {
  return items.filter((i) => !i.roles || hasRole(role, i.roles));
}

/** The current page's link: the longest href that the path starts with ("/calls/new" over "/calls"). */
export function activeHref(pathname: string, items: NavItem[]): string | null {
  const matches = items.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
