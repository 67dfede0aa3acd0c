"use client";
import { Button } from "@/components/ui/button";
import type { SaveStatus } from "./use-settings-save";

/** The submit button and what became of the last save, announced politely. */
export function SaveRow({ label, pending, dirty, status }: { label: string; pending: boolean; dirty: boolean; status: SaveStatus }) {
  return (
    <div className="flex flex-wrap items-center gap-3 pt-1">
      <Button type="submit" variant="primary" pending={pending}>
        {label}
      </Button>
      <p role="status" aria-live="polite" className="text-sm">
        {status?.kind === "error" ? (
          <span className="text-red-700 dark:text-red-400">{status.message}</span>
        ) : dirty ? (
          <span className="text-slate-500 dark:text-slate-400">Unsaved changes</span>
        ) : status?.kind === "saved" ? (
          <span className="text-emerald-700 dark:text-emerald-400">{status.message}</span>
        ) : null}
      </p>
    </div>
  );
}
