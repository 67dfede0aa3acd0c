import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

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

/**
 * The list changes under a keyboard user as calls come and go: a row's controls can be replaced
 * (an open call turns to "calling", its buttons to disabled ones) while the row stays. When the
 * control that had focus is gone and focus fell to <body>, this puts it back in the same row, or
 * near it. A user who tabs or clicks out of the list is left alone.
 */
export function useKeepFocusInList(list: RefObject<HTMLElement | null>) {
  const last = useRef<{ control: HTMLElement; row: string | null } | null>(null);
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => {
      const control = event.target as HTMLElement;
      last.current = { control, row: control.closest<HTMLElement>("tr[data-missed-row]")?.dataset.missedRow ?? null };
    };
    const onFocusOut = (event: FocusEvent) => {
      const control = event.target as HTMLElement;
      if (event.relatedTarget) {
        if (!element.contains(event.relatedTarget as Node)) last.current = null;
        return;
      }
      // Focus went nowhere: a click on the page (the control is still there once the event is
      // over), or the control was taken out of the page (it is not): only that one is kept.
      setTimeout(() => {
        if (control.isConnected && last.current?.control === control) last.current = null;
      }, 0);
    };
    element.addEventListener("focusin", onFocusIn);
    element.addEventListener("focusout", onFocusOut);
    return () => {
      element.removeEventListener("focusin", onFocusIn);
      element.removeEventListener("focusout", onFocusOut);
    };
  }, [list]);

  // After every render of the list, while the DOM is fresh and before the browser paints.
  useLayoutEffect(() => {
    const was = last.current;
    if (!was || was.control.isConnected) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    last.current = null;
    if (was.row) keepFocusNear(was.row, { leaving: false });
    else list.current?.focus();
  });
}
