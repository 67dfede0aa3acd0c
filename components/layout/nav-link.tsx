"use client";

import Link, { useLinkStatus } from "next/link";
import { cx } from "@/components/ui/cx";
import type { DayCounts } from "@/db/queries/day-counts";
import type { NavItem } from "./nav-items";

/** Shown the moment a link is clicked, until its page arrives: the first feedback of a navigation. */
function Pending() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      className={cx(
        "absolute inset-x-2 -bottom-0.5 h-0.5 rounded-full bg-brand-500 transition-opacity",
        pending ? "animate-pulse opacity-100" : "opacity-0",
      )}
    />
  );
}

const countOf = (item: NavItem, counts: DayCounts) => (item.count ? counts[item.count.key] : 0);

/** "Missed calls 3 open" to a screen reader; the number shows in the badge beside the label. */
export function navName(item: NavItem, counts: DayCounts): string | undefined {
  const n = countOf(item, counts);
  // No comma: the name must hold the visible text ("Missed calls" then "3") in order, for WCAG
  // 2.5.3 (label in name), which axe checks.
  return item.count && n > 0 ? `${item.label} ${n} ${item.count.says}` : undefined;
}

export function CountBadge({ item, counts }: { item: NavItem; counts: DayCounts }) {
  const n = countOf(item, counts);
  if (n === 0) return null;
  return (
    <span
      aria-hidden="true"
      className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-semibold text-white tabular-nums"
    >
      {n > 99 ? "99+" : n}
    </span>
  );
}

export function NavLink({ item, counts, active, className }: { item: NavItem; counts: DayCounts; active: boolean; className?: string }) {
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      aria-label={navName(item, counts)}
      className={cx(
        "relative inline-flex shrink-0 items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap",
        active
          ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
          : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800",
        className,
      )}
    >
      <span data-nav-label>{item.label}</span>
      {/* A space between label and count, so the link's text reads "Missed calls 3" like its name. */}{" "}
      <CountBadge item={item} counts={counts} />
      <Pending />
    </Link>
  );
}
