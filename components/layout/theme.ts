/** The person's choice of colours, kept in this browser: "system" follows the operating system. */
export type ThemeChoice = "system" | "light" | "dark";

export const THEME_KEY = "callboard-theme";
export const THEME_CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/**
 * Runs in <head> before the first paint (so a dark page never flashes light) and again when the
 * choice or the system's setting changes: puts `dark` on <html> and the matching color-scheme.
 */
export const THEME_SCRIPT = `(() => {
  const m = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    let c = "system";
    try { c = localStorage.getItem("${THEME_KEY}") || "system"; } catch {}
    const dark = c === "dark" || (c === "system" && m.matches);
    document.documentElement.classList.toggle("dark", dark);
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
    document.documentElement.dataset.theme = c;
  };
  apply();
  m.addEventListener("change", apply);
  window.__applyTheme = apply;
})();`;

export function readTheme(): ThemeChoice {
  const stored = document.documentElement.dataset.theme;
  return stored === "light" || stored === "dark" ? stored : "system";
}

export function chooseTheme(choice: ThemeChoice) {
  try {
    if (choice === "system") localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this page.
  }
  document.documentElement.dataset.theme = choice;
  (window as unknown as { __applyTheme?: () => void }).__applyTheme?.();
}
