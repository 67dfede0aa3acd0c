"use client";

import { Menu, MenuButton, MenuHeading, MenuItem, MenuItems, MenuSection } from "@headlessui/react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import type { MemberRole } from "@/db/schema/enums";
import { useDay } from "./day-provider";
import { menuHeadingClass, menuItemClass, menuPanelClass } from "./menu-styles";
import { CountBadge, NavLink, navName } from "./nav-link";
import { NAV_ITEMS, SETTINGS_ITEMS, activeHref, itemsFor, type NavItem, type NavTier } from "./nav-items";
import { inBar, useBreakpoint } from "./use-breakpoint";

/** The bar's CSS for each tier: hidden until the width where the link fits. */
const SHOW_FROM: Record<NavTier, string> = { always: "", lg: "max-lg:hidden", xl: "max-xl:hidden", "2xl": "max-2xl:hidden" };

const menuButtonClass =
  "inline-flex shrink-0 items-center gap-1 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap " +
  "text-slate-700 hover:bg-slate-100 data-open:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 dark:data-open:bg-slate-800";

function MenuLinks({ items, active }: { items: NavItem[]; active: string | null }) {
  const { counts } = useDay();
  return items.map((item) => (
    <MenuItem key={item.href}>
      <Link
        href={item.href}
        aria-current={active === item.href ? "page" : undefined}
        aria-label={navName(item, counts)}
        className={cx(menuItemClass, "justify-between")}
      >
        <span className={active === item.href ? "font-semibold" : undefined}>{item.label}</span> <CountBadge item={item} counts={counts} />
      </Link>
    </MenuItem>
  ));
}

/**
 * The main nav always fits: the day's work lists stay in the bar, the rest move into "More" as the
 * window narrows (tested at 1280, 1024 and 768 px per role). Admin pages sit in a Settings menu.
 */
export function MainNav({ role }: { role: MemberRole }) {
  const pathname = usePathname();
  const { counts } = useDay();
  const width = useBreakpoint();
  const links = itemsFor(NAV_ITEMS, role);
  const settings = itemsFor(SETTINGS_ITEMS, role);
  const active = activeHref(pathname, [...links, ...settings]);
  // The menu's content renders only while open, in the browser, so it can read the width directly.
  const moreLinks = links.filter((l) => !inBar(l.tier, width));
  // "More" stays until the widest tier any of this role's links needs; while it shows, Settings is
  // a section of it rather than a second menu in a bar that has no room for both.
  const widest: NavTier = links.some((l) => l.tier === "2xl") ? "2xl" : "xl";
  const settingsInMore = settings.length > 0 && !inBar(widest, width);
  const moreHiddenFrom = widest === "2xl" ? "2xl:hidden" : "xl:hidden";
  const hasMore = links.some((l) => l.tier !== "always") || settings.length > 0;
  const moreActive = active !== null && [...moreLinks, ...(settingsInMore ? settings : [])].some((l) => l.href === active);

  return (
    <nav aria-label="Main" className="flex min-w-0 items-center gap-0.5">
      {links.map((item) => (
        <NavLink key={item.href} item={item} counts={counts} active={active === item.href} className={SHOW_FROM[item.tier]} />
      ))}
      {settings.length > 0 && (
        <Menu>
          <MenuButton
            className={cx(
              menuButtonClass,
              widest === "2xl" ? "max-2xl:hidden" : "max-xl:hidden",
              settings.some((s) => s.href === active) && "ring-1 ring-slate-400",
            )}
          >
            Settings <span aria-hidden="true">▾</span>
          </MenuButton>
          <MenuItems anchor="bottom start" className={menuPanelClass}>
            <MenuLinks items={settings} active={active} />
          </MenuItems>
        </Menu>
      )}
      {hasMore && (
        <Menu>
          <MenuButton className={cx(menuButtonClass, moreHiddenFrom, moreActive && "ring-1 ring-slate-400")}>
            More <span aria-hidden="true">▾</span>
          </MenuButton>
          <MenuItems anchor="bottom start" className={menuPanelClass}>
            <MenuLinks items={moreLinks} active={active} />
            {settingsInMore && (
              <MenuSection>
                <MenuHeading className={menuHeadingClass}>Settings</MenuHeading>
                <MenuLinks items={settings} active={active} />
              </MenuSection>
            )}
          </MenuItems>
        </Menu>
      )}
    </nav>
  );
}
