"use client";

import { Menu, MenuButton, MenuItem, MenuItems } from "@headlessui/react";
import { useState, useSyncExternalStore } from "react";
import { THEME_CHOICES, chooseTheme, readTheme, type ThemeChoice } from "./theme";
import { menuItemClass, menuPanelClass } from "./menu-styles";

const ICON: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };

const subscribe = () => () => {};

/** System, light or dark, remembered in this browser; the button shows the current choice. */
export function ThemeToggle() {
  // The stored choice is only known in the browser; the server renders "system".
  const initial = useSyncExternalStore(subscribe, readTheme, () => "system" as ThemeChoice);
  const [picked, setPicked] = useState<ThemeChoice | null>(null);
  const current = picked ?? initial;
  const label = THEME_CHOICES.find((c) => c.value === current)?.label;
  return (
    <Menu>
      <MenuButton
        aria-label={`Theme: ${label}`}
        className="inline-flex size-8 items-center justify-center rounded-md text-base text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true">{ICON[current]}</span>
      </MenuButton>
      <MenuItems anchor="bottom end" className={menuPanelClass}>
        {THEME_CHOICES.map((c) => (
          <MenuItem key={c.value}>
            <button
              type="button"
              className={menuItemClass}
              onClick={() => {
                chooseTheme(c.value);
                setPicked(c.value);
              }}
            >
              <span aria-hidden="true" className="w-4">
                {ICON[c.value]}
              </span>
              {c.label}
              {c.value === current && <span className="ml-auto text-xs text-slate-600 dark:text-slate-300">current</span>}
            </button>
          </MenuItem>
        ))}
      </MenuItems>
    </Menu>
  );
}
