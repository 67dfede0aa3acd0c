"use client";

import { Menu, MenuButton, MenuHeading, MenuItem, MenuItems, MenuSection, MenuSeparator } from "@headlessui/react";
import { useState, useSyncExternalStore, useTransition } from "react";
import { signOutAction } from "@/app/(dashboard)/actions";
import { saveAlertPreferencesAction } from "@/app/(dashboard)/preferences-actions";
import type { AlertPreferences } from "@/db/queries/preferences";
import { chime } from "./announce";
import { useDay } from "./day-provider";
import { menuHeadingClass, menuItemClass, menuPanelClass } from "./menu-styles";

const subscribe = () => () => {};
const permission = (): NotificationPermission | "unsupported" =>
  typeof Notification === "undefined" ? "unsupported" : Notification.permission;

function initials(name: string) {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
}

/**
 * Who is signed in, their own alerts for new missed calls and escalations (off until they turn
 * them on; saved for the person, on every device), and Sign out.
 */
export function AccountMenu({ name, email, roleLabel }: { name: string; email: string; roleLabel: string }) {
  const { prefs, setPrefs } = useDay();
  const browserPermission = useSyncExternalStore(subscribe, permission, () => "default" as const);
  const [problem, setProblem] = useState<string | null>(null);
  const [signingOut, startSignOut] = useTransition();

  async function save(next: AlertPreferences) {
    const before = prefs;
    setPrefs(next);
    const result = await saveAlertPreferencesAction(next);
    setProblem(result.ok ? null : result.error);
    if (!result.ok) setPrefs(before);
  }

  async function toggleDesktop() {
    if (!prefs.alertDesktop && permission() !== "granted") {
      const answer = typeof Notification === "undefined" ? "denied" : await Notification.requestPermission();
      if (answer !== "granted") {
        setProblem("The browser blocks notifications for this site; allow them in its site settings.");
        return;
      }
    }
    await save({ ...prefs, alertDesktop: !prefs.alertDesktop });
  }

  return (
    <Menu>
      {/* The name is in the content, not an aria-label: a label that leaves out the visible initials
          fails WCAG 2.5.3 (label in name). */}
      <MenuButton className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-800 hover:bg-slate-300 dark:bg-slate-700 dark:text-slate-100 dark:hover:bg-slate-600">
        <span aria-hidden="true">{initials(name)}</span>
        <span className="sr-only">Account: {name}</span>
      </MenuButton>
      <MenuItems anchor="bottom end" className={menuPanelClass}>
        <MenuSection>
          <MenuHeading className={menuHeadingClass}>
            {name} · {roleLabel}
            <span className="block font-normal">{email}</span>
          </MenuHeading>
        </MenuSection>
        <MenuSeparator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
        <MenuSection>
          <MenuHeading className={menuHeadingClass}>Alerts for new missed calls and escalations</MenuHeading>
          <MenuItem>
            <button
              type="button"
              className={menuItemClass}
              onClick={() => {
                if (!prefs.alertSound) chime();
                void save({ ...prefs, alertSound: !prefs.alertSound });
              }}
            >
              Sound: {prefs.alertSound ? "on" : "off"}
            </button>
          </MenuItem>
          <MenuItem disabled={browserPermission === "unsupported"}>
            <button type="button" className={menuItemClass} onClick={() => void toggleDesktop()}>
              Desktop notifications: {prefs.alertDesktop ? "on" : "off"}
            </button>
          </MenuItem>
        </MenuSection>
        {problem && (
          <p role="alert" className="max-w-64 px-2.5 py-1 text-xs text-red-700 dark:text-red-300">
            {problem}
          </p>
        )}
        <MenuSeparator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
        <MenuItem>
          {/* Called directly: the menu's panel unmounts on click, before a form outside it could submit. */}
          <button type="button" className={menuItemClass} disabled={signingOut} onClick={() => startSignOut(() => signOutAction())}>
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </MenuItem>
      </MenuItems>
    </Menu>
  );
}
