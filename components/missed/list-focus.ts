/**
 * Where focus goes when the control that had it goes away (a row dismissed, a panel closed):
 * the first usable control of the same row, else of the next row, else of the previous one, else
 * the list itself. Keyboard users keep their place in the list instead of landing on <body>.
 */
const CONTROLS = "a[href], button:not(:disabled), [tabindex='-1'][data-focus-target]";

function firstControl(row: Element | null): HTMLElement | null {
  return row?.querySelector<HTMLElement>(CONTROLS) ?? null;
}

export function rowOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`tr[data-missed-row="${CSS.escape(id)}"]`);
}

/** Moves focus to what should have it after the row `id` changes; `leaving` skips the row itself. */
export function keepFocusNear(id: string, { leaving }: { leaving: boolean }) {
  const row = rowOf(id);
  const rows = Array.from(document.querySelectorAll<HTMLElement>("tr[data-missed-row]"));
  const at = row ? rows.indexOf(row) : -1;
  const candidates = [...(leaving ? [] : [row]), ...rows.slice(at + 1), ...rows.slice(0, Math.max(at, 0)).reverse()];
  for (const candidate of candidates) {
    const control = firstControl(candidate);
    if (control) return control.focus();
  }
  document.querySelector<HTMLElement>("[data-missed-list]")?.focus();
}
