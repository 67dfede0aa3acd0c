"use client";

import { Dialog, DialogPanel, DialogTitle } from "@headlessui/react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/** The day's moves from the keyboard. Keys are ignored while typing in a field. */
const SHORTCUTS = [
  { keys: "n", does: "Place a new call" },
  { keys: "/", does: "Search calls" },
  { keys: "m", does: "Go to the next missed call" },
  { keys: "c", does: "Call back the missed call in focus (or the next one)" },
  { keys: "?", does: "Show these shortcuts" },
] as const;

function typing(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest("input, textarea, select, [contenteditable='true'], dialog"));
}

/** The first open missed call's "Call back" link on the missed-calls page, if it is showing. */
function nextMissed(): HTMLAnchorElement | null {
  return document.querySelector<HTMLAnchorElement>("tr[data-missed-row] a[href^='/calls/new?missed=']");
}

export function Shortcuts() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey || typing(e.target)) return;
      if (e.key === "?") setOpen(true);
      else if (e.key === "n") router.push("/calls/new");
      else if (e.key === "/") {
        const search = document.querySelector<HTMLInputElement>("form[role='search'] input[name='q']");
        if (search) search.focus();
        else router.push("/calls");
      } else if (e.key === "m") {
        const link = nextMissed();
        if (link) link.focus();
        else router.push("/missed");
      } else if (e.key === "c") {
        const row = (document.activeElement as HTMLElement | null)?.closest("tr[data-missed-row]");
        const link = row?.querySelector<HTMLAnchorElement>("a[href^='/calls/new?missed=']") ?? nextMissed();
        if (link) router.push(link.getAttribute("href")!);
        else return;
      } else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  return (
    <Dialog open={open} onClose={() => setOpen(false)} className="relative z-40">
      <div aria-hidden="true" className="fixed inset-0 bg-slate-900/40" />
      <div className="fixed inset-0 flex items-center justify-center p-4">
        <DialogPanel className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-4 shadow-xl dark:border-slate-700 dark:bg-slate-900">
          <DialogTitle className="text-base font-semibold">Keyboard shortcuts</DialogTitle>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            {SHORTCUTS.map((s) => (
              <div key={s.keys} className="contents">
                <dt>
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                    {s.keys}
                  </kbd>
                </dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-4 flex justify-end">
            <Button onClick={() => setOpen(false)}>Close</Button>
          </div>
        </DialogPanel>
      </div>
    </Dialog>
  );
}
